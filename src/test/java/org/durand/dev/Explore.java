package org.durand.dev;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Scenario;

public class Explore {
    public static void main(String[] args) throws Exception {
        List<String> sets = new ArrayList<>();
        for (int i = 2; i < args.length; i++) sets.add(args[i]);
        Scenario s = ScenarioReader.read(Path.of(args[0]), sets);
        int reps = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        List<RunResult> rs = Replicates.run(s, reps, 1, 2, false, r -> {});
        System.out.printf("wall %.2fs%n", (System.nanoTime() - t0) / 1e9);
        String[] ms = {"fatalities_total","fatalities_security","fatalities_civilian","fatalities_militant","fatalities_kp","fatalities_balochistan","attacks","returns_deported","returns_pressured","strikes","clashes","diplomatic_events","border_closed_days","tension_index","trust_host","trust_haven","grievance_host","grievance_haven","pressure_host","pressure_haven","restraint_haven","fighters"};
        YearMonth[][] periods = {{YearMonth.of(2023,11),YearMonth.of(2023,12)},{YearMonth.of(2024,1),YearMonth.of(2024,12)},{YearMonth.of(2025,1),YearMonth.of(2025,12)},{YearMonth.of(2026,1),YearMonth.of(2026,12)},{YearMonth.of(2025,4),YearMonth.of(2025,4)},{YearMonth.of(2023,11),YearMonth.of(2025,4)}};
        System.out.printf("%-24s %10s %10s %10s %10s %10s %10s%n","metric","2023","2024","2025","2026","2025-04","toApr25");
        for (String m : ms) {
            System.out.printf("%-24s", m);
            for (YearMonth[] p : periods) {
                double sum = 0; for (RunResult r : rs) sum += r.series().over(m, p[0], p[1]);
                System.out.printf(" %10.2f", sum / rs.size());
            }
            System.out.println();
        }
        if (args.length > 1 && System.getenv("MONTHLY") != null) {
            RunResult r = rs.get(0);
            for (int i = 0; i < r.series().months().size(); i++) {
                System.out.printf("%s dep=%7.0f pres=%7.0f fat=%5.0f ten=%5.1f trH=%.2f trA=%.2f gH=%6.0f gA=%6.0f pH=%5.0f R=%.2f%n", r.series().months().get(i),
                  r.series().value("returns_deported", i), r.series().value("returns_pressured", i), r.series().value("fatalities_total", i), r.series().value("tension_index", i),
                  r.series().value("trust_host", i), r.series().value("trust_haven", i), r.series().value("grievance_host", i), r.series().value("grievance_haven", i), r.series().value("pressure_host", i), r.series().value("restraint_haven", i));
            }
        }
    }
}
