package org.durand.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back the periods of {@code summary.csv} with the days each covers, and checks them against
 * the calendar in {@code manifest.json}: a row whose {@code days_covered}, {@code days_in_period} or
 * {@code whole} disagree with the run's start and end is reported with its file, line and column.
 */
final class SummaryPeriods {

    private SummaryPeriods() {
    }

    /**
     * The distinct periods of {@code file}, in file order, as {@link Period}s of the run
     * {@code info.start()..info.end()}.
     *
     * @throws RunFolderException when the file is missing, malformed, disagrees with the calendar or
     *                            lacks some of its periods (cut short)
     * @throws IOException        when it cannot be read
     */
    static List<Period> read(Path file, RunInfo info) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RunFolderException(file, "missing: the folder is not a run folder, or an unfinished one "
                    + "(rerun durand run)");
        }
        Map<String, Period> periods = new LinkedHashMap<>();
        RunFolderReader.forEach(file, RunFiles.SUMMARY_COLUMNS, row -> {
            String key = row.text("period_type") + " " + row.text("period");
            if (periods.containsKey(key)) {
                return;
            }
            Period p = expected(row, info);
            check(row, "days_covered", Long.toString(p.daysCovered()));
            check(row, "days_in_period", Long.toString(p.daysInPeriod()));
            check(row, "whole", Boolean.toString(p.whole()));
            periods.put(key, p);
        });
        List<Period> all = SummaryCsv.periods(info.start(), info.end());
        if (!new ArrayList<>(periods.values()).equals(all)) {
            throw RunFolderException.said(file, "holds " + periods.size() + " of the " + all.size() + " periods of "
                    + "the run's calendar " + info.start() + " to " + info.end() + " (each month, each year and the "
                    + "whole run); it was cut or edited: run it again");
        }
        return all;
    }

    private static Period expected(RunFolderReader.Row row, RunInfo info) {
        String name = row.text("period");
        try {
            return switch (row.text("period_type")) {
                case Period.MONTH -> Period.month(YearMonth.parse(name), info.start(), info.end());
                case Period.YEAR -> Period.year(Integer.parseInt(name), info.start(), info.end());
                case Period.RUN -> Period.run(info.start(), info.end());
                default -> throw row.bad("period_type", "month, year or run");
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw row.bad("period", "a month YYYY-MM or a year within the run's calendar " + info.start() + " to "
                    + info.end() + " (" + RunFiles.MANIFEST + ")");
        }
    }

    private static void check(RunFolderReader.Row row, String column, String expected) {
        if (!row.text(column).equals(expected)) {
            throw row.bad(column, expected + ", as follows from the calendar " + "in " + RunFiles.MANIFEST);
        }
    }
}
