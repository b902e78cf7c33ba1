package org.durand.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The parameter tables of {@code docs/ODD.md} state the values of {@code scenarios/baseline.yaml}:
 * every row {@code | dotted.path | number | ...} must match the file, so the documentation cannot
 * drift from the model's defaults; and every numeric parameter of the mechanisms has such a row,
 * with its source or reason.
 */
class OddParametersTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z][A-Za-z0-9_.-]*\\.[A-Za-z0-9_.-]+) \\| (-?[0-9][0-9,]*(?:\\.[0-9]+)?) \\|");

    @Test
    void everyNumberInTheParameterTablesMatchesTheBaseline() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs", "ODD.md"));
        List<String> mismatches = new ArrayList<>();
        var values = TestScenarios.baseline().parameters();
        int checked = 0;
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            String path = m.group(1);
            double documented = Double.parseDouble(m.group(2).replace(",", ""));
            var actual = values.get(path).filter(v -> v.parameter().numeric());
            if (actual.isEmpty()) {
                mismatches.add(path + ": documented " + m.group(2) + ", not a number in the baseline");
            } else if (Math.abs(Double.parseDouble(actual.get().value()) - documented)
                    > 1e-9 * Math.max(1, Math.abs(documented))) {
                mismatches.add(path + ": documented " + m.group(2) + ", baseline " + actual.get().value());
            }
            checked++;
        }
        assertTrue(checked > 80, "only " + checked + " parameter rows found in docs/ODD.md");
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyNumericParameterOfTheMechanismsHasARowWithItsSource() throws Exception {
        String odd = Files.readString(Path.of("docs", "ODD.md"));
        List<String> missing = TestScenarios.baseline().parameters().list().stream()
                .filter(v -> v.path().startsWith("behaviour.") && v.parameter().numeric())
                .map(v -> v.path())
                .filter(path -> !Pattern.compile("^\\| " + Pattern.quote(path) + " \\|", Pattern.MULTILINE).matcher(odd).find())
                .toList();
        assertEquals(List.of(), missing, "parameters of the mechanisms without a row in docs/ODD.md §8");
    }
}
