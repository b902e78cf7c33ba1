package org.durand.cli;

import java.util.Locale;
import java.util.Map;

import org.durand.scenario.GroupSpec;
import org.durand.scenario.Scenario;
import org.durand.scenario.StatusSpec;

/**
 * Checks, before a command writes anything, that a scenario's resolved values can run on this JVM:
 * the number of household agents fits the model's arrays, the estimated heap of the replicates that
 * run at once fits the JVM's maximum heap, and one replicate's estimated time is not absurd. A value
 * that validates but cannot run (a billion persons per status at one agent per household, ten
 * million fighters in cells of one) is refused with the key, the value, the estimate and what is
 * allowed.
 *
 * <p>The estimates use costs measured with {@code durand bench} (docs/performance.md) and with the
 * smallest heap a replicate runs in: 18 bytes of heap per household agent at a replicate's peak,
 * what the program already holds (measured when the check runs), 40 bytes per militant cell, and
 * 225 ns per cell per simulated day.
 */
final class RunBudget {

    /**
     * Heap per household agent at a replicate's peak, bytes. The model at its start holds about 7
     * (docs/performance.md), but a replicate's peak is higher (the build's arrays, its records, the
     * garbage collector's region granularity): the smallest heap that runs one baseline replicate
     * at household resolution (654,091 households) was 16 MB, 14 MB failing, with about 4 MB held by
     * the program; (16 − 4) MB / 654,091 ≈ 18 bytes.
     */
    static final double BYTES_PER_HOUSEHOLD = 18;
    /** Heap per militant cell, bytes: 33 measured with 200,000 cells, rounded up. */
    static final double BYTES_PER_CELL = 40;
    /** Time per cell per simulated day: 224 ns measured with 200,000 cells (docs/performance.md). */
    static final double NANOS_PER_CELL_DAY = 225;
    /** Longest estimated time of one replicate that a command accepts, seconds. */
    static final double MAX_SECONDS_PER_REPLICATE = 600;
    /** Most household agents the model's arrays can hold. */
    static final long MAX_AGENTS = Integer.MAX_VALUE - 8;

    private RunBudget() {
    }

    /** Heap the program held when first measured, bytes; measured once per process. */
    private static volatile long held = -1;

    /**
     * Checks {@code s} for {@code concurrent} replicates running at once on the JVM's maximum heap,
     * beside what the program already holds (measured once, after a garbage collection).
     *
     * @throws Main.BadInput naming the key, its value, the estimate and what is allowed
     */
    static void check(Scenario s, int concurrent) throws Main.BadInput {
        check(s, concurrent, Runtime.getRuntime().maxMemory(), held());
    }

    /**
     * The heap the program holds before any replicate runs (classes' static data, the scenario, the
     * command's own state), bytes: measured after a full garbage collection, once per process, so
     * that the estimate adds what is there rather than a guess.
     */
    static long held() {
        long h = held;
        if (h < 0) {
            System.gc();
            Runtime r = Runtime.getRuntime();
            h = r.totalMemory() - r.freeMemory();
            held = h;
        }
        return h;
    }

    /**
     * Checks {@code s} for {@code concurrent} replicates at once within {@code maxHeap} bytes, of
     * which the program already holds {@code heldBytes}.
     *
     * @throws Main.BadInput naming the key, its value, the estimate and what is allowed
     */
    static void check(Scenario s, int concurrent, long maxHeap, long heldBytes) throws Main.BadInput {
        double households = 0;
        long largest = 0;
        String largestId = "";
        for (Map.Entry<String, StatusSpec> e : s.refugees().statuses().entrySet()) {
            long persons = e.getValue().persons();
            households += s.personsPerAgent() > 0 ? Math.ceil(persons / (double) s.personsPerAgent())
                    : Math.ceil(persons / Math.max(1, s.refugees().householdSizeMean()));
            if (persons > largest) {
                largest = persons;
                largestId = e.getKey();
            }
        }
        String population = "refugees.statuses." + largestId + ".persons=" + largest + " with resolution.personsPerAgent="
                + s.personsPerAgent();
        if (households > MAX_AGENTS) {
            throw new Main.BadInput(population + ": about " + count(households) + " household agents; allowed: at "
                    + "most " + count(MAX_AGENTS) + " (the model's arrays); raise resolution.personsPerAgent");
        }
        double cells = 0;
        double largestCells = 0;
        String group = "";
        for (Map.Entry<String, GroupSpec> e : s.groups().entrySet()) {
            double c = Math.max(1, Math.ceil(e.getValue().fighters() / (double) e.getValue().cellSize()));
            cells += c;
            if (c > largestCells) {
                largestCells = c;
                group = e.getKey();
            }
        }
        GroupSpec g = s.groups().get(group);
        String fighters = g == null ? "" : "groups." + group + ".fighters=" + g.fighters() + " in groups." + group
                + ".cellSize=" + g.cellSize();
        double seconds = cells * s.days() * NANOS_PER_CELL_DAY / 1e9;
        if (seconds > MAX_SECONDS_PER_REPLICATE) {
            throw new Main.BadInput(fighters + ": " + count(cells) + " militant cells over " + s.days() + " days would "
                    + "take about " + duration(seconds) + " per replicate (" + (int) NANOS_PER_CELL_DAY + " ns per cell "
                    + "and day, measured); allowed: at most " + duration(MAX_SECONDS_PER_REPLICATE) + " per replicate, "
                    + "about " + count(MAX_SECONDS_PER_REPLICATE * 1e9 / NANOS_PER_CELL_DAY / s.days())
                    + " cells; raise the cell size or lower the fighters");
        }
        double perReplicate = households * BYTES_PER_HOUSEHOLD + cells * BYTES_PER_CELL;
        double need = perReplicate * Math.max(1, concurrent) + heldBytes;
        if (need > maxHeap) {
            throw new Main.BadInput(population + (fighters.isEmpty() ? "" : ", " + fighters) + ": about "
                    + count(households) + " household agents and " + count(cells) + " cells need about "
                    + bytes(perReplicate) + " of heap per replicate (" + (int) BYTES_PER_HOUSEHOLD + " bytes per "
                    + "household at the peak, " + (int) BYTES_PER_CELL + " per cell; measured), " + bytes(need) + " for "
                    + Math.max(1, concurrent) + " at once with the " + bytes(heldBytes) + " the program already holds"
                    + " (measured); allowed: at most the JVM's maximum heap, " + bytes(maxHeap)
                    + "; raise resolution.personsPerAgent, run fewer --threads, or give Java more heap "
                    + "(JAVA_TOOL_OPTIONS=-Xmx...)");
        }
    }

    private static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** Bytes in the units of Java's -Xmx option: MB and GB of 2^20 and 2^30 bytes. */
    private static String bytes(double b) {
        return b >= (1L << 30) ? String.format(Locale.ROOT, "%.1f GB", b / (1L << 30))
                : String.format(Locale.ROOT, "%.0f MB", Math.ceil(b / (1L << 20)));
    }

    private static String duration(double seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%.1f h", seconds / 3600)
                : String.format(Locale.ROOT, "%.0f min", Math.ceil(seconds / 60));
    }
}
