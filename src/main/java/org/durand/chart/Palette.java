package org.durand.chart;

import java.awt.Color;
import java.util.List;

/** The one colour per actor, category and timeline marker used in every Durand chart. */
public final class Palette {

    public static final Color SECURITY = new Color(0x1F77B4);
    public static final Color CIVILIAN = new Color(0xD62728);
    public static final Color MILITANT = new Color(0xA6A61C);
    public static final Color TOTAL = new Color(0x222222);
    public static final Color DEPORTED = new Color(0x9467BD);
    public static final Color PRESSURED = new Color(0xFF7F0E);
    public static final Color HOST = new Color(0x2CA02C);
    public static final Color HAVEN = new Color(0x8C564B);
    public static final Color TENSION = new Color(0xB2182B);
    public static final Color TRADE = new Color(0x17BECF);
    public static final Color CLOSURE = new Color(0x6A3D9A);
    private static final Color PHASE_MARKER = new Color(0x555555);
    private static final Color STRIKE_MARKER = new Color(0xE31A1C);
    private static final Color VISIT_MARKER = new Color(0x33A02C);
    private static final Color TALKS_MARKER = new Color(0x1F78B4);
    private static final Color AGREEMENT_MARKER = new Color(0x00A087);
    private static final Color INTERDICTION_MARKER = new Color(0xB15928);
    static final Color OBSERVED = new Color(0x000000);
    public static final Color GRID = new Color(0xDDDDDD);

    /** Colours of legal statuses, by their position in the scenario. */
    private static final List<Color> STATUS = List.of(new Color(0x1B9E77), new Color(0xE6AB02), new Color(0xE7298A),
            new Color(0x7570B3), new Color(0x66A61E), new Color(0xA6761D));

    /** Colours for runs in comparisons and for statuses without a fixed colour. */
    private static final List<Color> CYCLE = List.of(
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xE69F00), new Color(0x000000), new Color(0xF0E442));

    private Palette() {
    }

    /** Colour of the legal status at {@code position} in the scenario's list. */
    static Color status(int position) {
        return STATUS.get(Math.floorMod(position, STATUS.size()));
    }

    /** Colour of a timeline marker. */
    static Color event(MarkedKind kind) {
        return switch (kind) {
            case PHASE -> PHASE_MARKER;
            case CLOSURE -> CLOSURE;
            case STRIKE -> STRIKE_MARKER;
            case VISIT -> VISIT_MARKER;
            case TALKS -> TALKS_MARKER;
            case AGREEMENT -> AGREEMENT_MARKER;
            case INTERDICTION -> INTERDICTION_MARKER;
        };
    }

    /** The i-th colour of the run cycle. */
    static Color cycle(int i) {
        return CYCLE.get(Math.floorMod(i, CYCLE.size()));
    }

    /** {@code c} with the given alpha (0–255). */
    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
