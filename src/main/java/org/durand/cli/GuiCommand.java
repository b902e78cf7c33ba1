package org.durand.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import org.durand.gui.Classroom;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Scenarios;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sim.display.Console;

/** {@code durand gui}: the classroom console on MASON's Console, with the map and live charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the classroom GUI on a scenario (the shipped baseline by default): MASON's Console "
                + "with sliders for each actor's settings and buttons that make events happen, a map of the "
                + "border and live charts.", "Needs a display; on a machine without one use a virtual display "
                + "(xvfb-run)."},
        footer = {"", "Examples:", "  ./durand gui", "  ./durand gui scenarios/dialogue.yaml --seed 7",
                "  ./durand gui --screenshot docs/gui.png --days 783"})
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML); default: the shipped baseline.")
    Path file;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed, as for durand run: with no button pressed, the GUI's run gives exactly the "
                    + "numbers of the first replicate of durand run --seed S. The Console's seed field changes it "
                    + "later; default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "Play --days days, save a PNG of the Console, the map and the charts to FILE, and quit.")
    Path screenshot;

    @Option(names = "--days", paramLabel = "N", defaultValue = "480",
            description = "Days to play before --screenshot, at most the scenario's calendar (default "
                    + "${DEFAULT-VALUE}); the picture shows the end of day N.")
    @Range(min = 1, max = 18_263, reason = "a calendar spans at most 50 years")
    int days;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // the input first: a mistake in it is said whether or not there is a display
        Scenario scenario = file == null ? Scenarios.defaultScenario() : ScenarioReader.read(file, List.of());
        if (screenshot != null) {
            if (days > scenario.days()) {
                throw new Main.BadInput("--days " + days + ": allowed: 1 to " + scenario.days() + ", the days of "
                        + (file == null ? "the shipped baseline" : file.toString()) + "'s calendar ("
                        + scenario.start() + " to " + scenario.end() + ")");
            }
            if (Files.isDirectory(screenshot)) {
                throw new Main.BadInput("--screenshot " + screenshot + ": a folder; give the name of a PNG file");
            }
            for (Path p = screenshot.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    throw new Main.BadInput("--screenshot " + screenshot + ": cannot be written, " + p + " is a file");
                }
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            return noDisplay(err, "DISPLAY is not set, or Java runs headless");
        }
        AtomicReference<Console> console = new AtomicReference<>();
        AtomicReference<ScenarioException> problem = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    console.set(Classroom.open(file, seed));
                } catch (ScenarioException e) {
                    problem.set(e);
                }
            });
        } catch (AWTError | HeadlessException e) {
            return noDisplay(err, e.getMessage());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AWTError || e.getCause() instanceof HeadlessException) {
                return noDisplay(err, e.getCause().getMessage());
            }
            throw e;
        }
        if (problem.get() != null) {
            throw problem.get();
        }
        if (screenshot != null) {
            Classroom.playDays(console.get(), days);
            Classroom.writePng(Classroom.screenshot(console.get()), screenshot);
            err.println("durand: wrote " + screenshot);
            return 0;
        }
        new CountDownLatch(1).await();
        return 0;
    }

    /** Exit code 2 with what to do instead. */
    private static int noDisplay(PrintWriter err, String why) {
        err.println("error: durand gui needs a display, and none was found (" + why + "). On a machine without "
                + "a screen, run it on a virtual display: xvfb-run -s '-screen 0 1920x1080x24' ./durand gui");
        return Main.BAD_INPUT;
    }
}
