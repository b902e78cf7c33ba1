package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionTest {

    @Test
    void theNearestCandidateWhateverTheirOrderTiesAlphabetically() {
        assertEquals(" (did you mean 'bat'?)", Suggestion.of("cat", List.of("hat", "bat")));
        assertEquals(" (did you mean 'bat'?)", Suggestion.of("cat", List.of("bat", "hat")));
        assertEquals(" (did you mean 'hawkishness'?)", Suggestion.of("hawkishnes", List.of("opsTempo", "hawkishness")));
    }

    @Test
    void caseIsIgnoredAndTheCandidateIsNamedAsWritten() {
        assertEquals(" (did you mean 'opsTempo'?)", Suggestion.of("OPSTEMPO", List.of("opsTempo", "trust")));
    }

    @Test
    void nothingWhenNoCandidateIsNearOrNothingWasWritten() {
        assertEquals("", Suggestion.of("grievance", List.of("opsTempo", "trust")));
        assertEquals("", Suggestion.of(" ", List.of("a", "b")), "a blank value is missing, not misspelt");
        assertEquals("", Suggestion.of("abcd", List.of("wxyz"), 3), "four edits, beyond a limit of 3");
        assertEquals(" (did you mean 'abcz'?)", Suggestion.of("abcd", List.of("abcz"), 1));
    }
}
