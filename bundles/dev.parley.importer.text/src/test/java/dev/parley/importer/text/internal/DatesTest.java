package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static String first(String sentence) {
        Doc d = new Doc(sentence);
        return Dates.first(d, 0, d.size());
    }

    @Test
    void monthDayYear() {
        assertEquals("2024-02-04", first("The council met on February 4, 2024 in New York."));
        assertEquals("2023-09-15", first("Talks resumed on Sept. 15th 2023, officials said."));
        assertEquals("2022-12-01", first("Dec 1 2022 was the deadline."));
    }

    @Test
    void dayMonthYear() {
        assertEquals("2021-05-24", first("Soldiers seized power on 24 May 2021."));
        assertEquals("2020-08-18", first("On the 18th August, 2020 the president resigned."));
    }

    @Test
    void isoDates() {
        assertEquals("2019-11-30", first("The file is dated 2019-11-30 and signed."));
        assertNull(first("The vote was 2019-11-3x or so."));
    }

    @Test
    void earliestFullDateWins() {
        assertEquals("2023-06-16", first("On June 16, 2023 he asked for a withdrawal by 31 December 2023."));
    }

    @Test
    void monthAndYearOnlyWhenNoDay() {
        assertEquals("2024-03", first("Elections are planned for March 2024."));
        assertEquals("2024-07-01", first("Elections planned for March 2024 moved to July 1, 2024."));
    }

    @Test
    void wordsThatOnlyLookLikeMonths() {
        assertNull(first("The Mayor of Junta said 2024 would be hard."));
        assertNull(first("In may 2024 nothing happened."));
        assertNull(first("Decision 12 of 2024 stands."));
        assertNull(first("February 4-5 talks ended."));
    }
}
