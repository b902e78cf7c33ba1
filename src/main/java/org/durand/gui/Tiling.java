package org.durand.gui;

import java.awt.Rectangle;

/**
 * Where the three windows go on a screen: the Console at the left, the map in the middle, the
 * charts at the right, side by side and as tall as the screen, so that all three and the
 * Console's play, pause and stop buttons are in view on a 1366 × 768 projector as on a
 * 1920 × 1080 screen. The map's column is at most as wide as it is tall (the map is square).
 *
 * @param console the Console's bounds
 * @param map     the map window's column (its height is the most the window may take)
 * @param charts  the charts window's bounds
 */
record Tiling(Rectangle console, Rectangle map, Rectangle charts) {

    /** The Console's share of the width, and its narrowest and widest, in pixels. */
    private static final double CONSOLE_SHARE = 0.27;
    private static final int CONSOLE_MIN = 450;
    private static final int CONSOLE_MAX = 560;
    /** The map's share of what the Console leaves. */
    private static final double MAP_SHARE = 0.5;
    /** Room for the map window's tool bar above the square map, in pixels. */
    static final int MAP_HEADER = 40;

    /**
     * The tiling of {@code screen}, the usable part of a screen (without task bars).
     *
     * @throws IllegalArgumentException if the screen is narrower than the Console's narrowest
     */
    static Tiling of(Rectangle screen) {
        if (screen.width < CONSOLE_MIN || screen.height < 1) {
            throw new IllegalArgumentException("a screen of " + screen.width + " × " + screen.height
                    + " pixels is too small for the classroom GUI (at least " + CONSOLE_MIN + " pixels wide)");
        }
        int console = Math.max(CONSOLE_MIN, Math.min(CONSOLE_MAX, (int) Math.round(CONSOLE_SHARE * screen.width)));
        int rest = screen.width - console;
        int map = Math.min(Math.max(0, screen.height - MAP_HEADER), (int) Math.round(MAP_SHARE * rest));
        int x = screen.x;
        return new Tiling(new Rectangle(x, screen.y, console, screen.height),
                new Rectangle(x + console, screen.y, map, screen.height),
                new Rectangle(x + console + map, screen.y, rest - map, screen.height));
    }
}
