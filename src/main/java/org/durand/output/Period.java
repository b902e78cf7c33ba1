package org.durand.output;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * A period of a summary row (a month, a calendar year or the whole run) and how much of it a run's
 * calendar covers. A run starting 2023-11-20 covers 11 of the 30 days of November 2023 and 42 of the
 * 365 days of 2023; a run ending 2026-12-15 covers 349 of the 365 days of 2026, so its "2026" stock is
 * that of 15 December and its flows miss 16 days. Tables and reports say so with {@link #label()}.
 *
 * @param type         {@code month}, {@code year} or {@code run}
 * @param name         {@code 2026-12}, {@code 2026} or {@code all}, as in {@code summary.csv}
 * @param first        first day of the period the run covers
 * @param last         last day of the period the run covers (inclusive)
 * @param daysInPeriod days of the whole period (28 to 31, 365 or 366, or the run's length)
 */
public record Period(String type, String name, LocalDate first, LocalDate last, long daysInPeriod) {

    /** Type of a month row. */
    public static final String MONTH = "month";
    /** Type of a calendar-year row. */
    public static final String YEAR = "year";
    /** Type of the whole-run row. */
    public static final String RUN = "run";

    /**
     * @throws IllegalArgumentException when the covered days are out of order or exceed the period
     */
    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) + 1 > daysInPeriod) {
            throw new IllegalArgumentException("period " + name + ": " + first + " to " + last + " is not within "
                    + daysInPeriod + " days");
        }
    }

    /**
     * The part of {@code month} within the run {@code start..end}.
     *
     * @throws IllegalArgumentException when the run does not reach into the month
     */
    public static Period month(YearMonth month, LocalDate start, LocalDate end) {
        return covered(MONTH, month.toString(), month.atDay(1), month.atEndOfMonth(), start, end);
    }

    /**
     * The part of calendar year {@code year} within the run {@code start..end}.
     *
     * @throws IllegalArgumentException when the run does not reach into the year
     */
    public static Period year(int year, LocalDate start, LocalDate end) {
        return covered(YEAR, Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), start, end);
    }

    /** The whole run {@code start..end}: always whole. */
    public static Period run(LocalDate start, LocalDate end) {
        return new Period(RUN, "all", start, end, ChronoUnit.DAYS.between(start, end) + 1);
    }

    private static Period covered(String type, String name, LocalDate from, LocalDate to, LocalDate start,
                                  LocalDate end) {
        LocalDate first = start.isAfter(from) ? start : from;
        LocalDate last = end.isBefore(to) ? end : to;
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the run " + start + " to " + end + " does not reach into " + name);
        }
        return new Period(type, name, first, last, ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** Days of the period the run simulated. */
    public long daysCovered() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Whether the run covers every day of the period. */
    public boolean whole() {
        return daysCovered() == daysInPeriod;
    }

    /**
     * The period's name for tables and reports: {@code 2024} when whole, otherwise with the days it
     * covers, {@code 2026 (to 15 Dec)}, {@code 2023 (from 20 Nov)} or {@code 2023 (20 Nov – 15 Dec)}.
     */
    public String label() {
        if (whole()) {
            return name;
        }
        boolean cutAtStart = !first.equals(startOfPeriod());
        boolean cutAtEnd = !last.equals(startOfPeriod().plusDays(daysInPeriod - 1));
        String what = cutAtStart && cutAtEnd ? day(first) + " – " + day(last)
                : cutAtStart ? "from " + day(first) : "to " + day(last);
        return name + " (" + what + ")";
    }

    /**
     * A sentence saying how much of the period the run covers, or an empty string when it is whole:
     * {@code 2026 covers 349 of its 365 days (to 15 Dec): flows miss the other days and stocks are
     * those of 15 Dec}.
     */
    public String note() {
        if (whole()) {
            return "";
        }
        return label() + " covers " + daysCovered() + " of its " + daysInPeriod + " days: flows miss the other days"
                + " and stocks are those of " + day(last) + " " + last.getYear();
    }

    private LocalDate startOfPeriod() {
        return switch (type) {
            case MONTH -> YearMonth.parse(name).atDay(1);
            case YEAR -> LocalDate.of(Integer.parseInt(name), 1, 1);
            default -> first;
        };
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
