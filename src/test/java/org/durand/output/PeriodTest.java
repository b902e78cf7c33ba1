package org.durand.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How much of a month, a year or the run a calendar covers, and how tables name a partial period. */
class PeriodTest {

    private static final LocalDate START = LocalDate.of(2023, 11, 20);
    private static final LocalDate END = LocalDate.of(2026, 12, 15);

    @Test
    void aRunEndingMidDecemberCoversItsLastYearInPart() {
        Period y = Period.year(2026, START, END);
        assertEquals(349, y.daysCovered());
        assertEquals(365, y.daysInPeriod());
        assertFalse(y.whole());
        assertEquals("2026 (to 15 Dec)", y.label());
        assertTrue(y.note().contains("349 of its 365 days") && y.note().contains("stocks are those of 15 Dec 2026"),
                y.note());
        Period full = Period.year(2025, START, END);
        assertTrue(full.whole());
        assertEquals("2025", full.label());
        assertEquals("", full.note());
    }

    @Test
    void aRunStartingInNovemberCoversItsFirstYearAndMonthInPart() {
        Period y = Period.year(2023, START, END);
        assertEquals(42, y.daysCovered());
        assertEquals("2023 (from 20 Nov)", y.label());
        Period m = Period.month(YearMonth.of(2023, 11), START, END);
        assertEquals(11, m.daysCovered());
        assertEquals(30, m.daysInPeriod());
        assertFalse(m.whole());
        Period both = Period.year(2024, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 5, 9));
        assertEquals("2024 (2 Mar – 9 May)", both.label());
        assertEquals(366, both.daysInPeriod());
    }

    @Test
    void theRunIsWholeAndAYearOutsideItIsRefused() {
        Period run = Period.run(START, END);
        assertTrue(run.whole());
        assertEquals(1122, run.daysCovered());
        assertThrows(IllegalArgumentException.class, () -> Period.year(2027, START, END));
    }

    @Test
    void summaryRowsListEveryMonthThenEveryYearThenTheRun() {
        List<Period> p = SummaryCsv.periods(START, END);
        assertEquals(38 + 4 + 1, p.size());
        assertEquals("2023-11", p.get(0).name());
        assertEquals("2026", p.get(41).name());
        assertEquals(Period.RUN, p.get(42).type());
    }
}
