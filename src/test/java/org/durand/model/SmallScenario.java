package org.durand.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.durand.scenario.Behaviour;
import org.durand.scenario.Crossing;
import org.durand.scenario.GovernmentSpec;
import org.durand.scenario.GroupSpec;
import org.durand.scenario.PolicyPhase;
import org.durand.scenario.RefugeeSpec;
import org.durand.scenario.Scenario;
import org.durand.scenario.StatusSpec;
import org.durand.scenario.TensionSpec;
import org.durand.scenario.TimelineAction;
import org.durand.scenario.TimelineEntry;

/**
 * A hand-built scenario for submodel tests, with round numbers that make the equations easy to
 * check by hand. Every mechanism is switched off by default (rates, gains and effects 0); a test
 * switches on what it examines by replacing a field before calling {@link #build()}, naming the
 * values it changes: {@code sc.grievance = SmallScenario.grievance().perHostileUnit(2).build()}.
 *
 * <p>Defaults: two provinces ({@code north}, {@code south}); three crossings with trade shares
 * 0.6 (north, the main crossing), 0.3 (south) and 0.1 (north); one status {@code card} of 10
 * persons, one per agent; no groups, phases or timeline; pressure and grievance half-saturation
 * 100 and 300, so that P = 100 and G = 300 give s(P) = s(G) = 1/2.
 */
final class SmallScenario {

    /** A government's scenario values; all policy rates 0 unless a test sets them. */
    static final class Gov {
        final String name;
        double trust = 0.25;
        double grievance;
        double pressure;
        double hawkishness = 0.8;
        double restraint = 0.5;
        double engagementsPerYear;
        double accusationsPerYear;
        double closuresPerYear;
        double closureMeanDays = 1;
        double strikesPerYear;
        double clashesPerYear;
        double retaliationProbability;
        double opsTempo;

        Gov(String name) {
            this.name = name;
        }

        GovernmentSpec spec() {
            return new GovernmentSpec(name, trust, grievance, pressure, hawkishness, restraint, engagementsPerYear,
                    accusationsPerYear, closuresPerYear, closureMeanDays, strikesPerYear, clashesPerYear,
                    retaliationProbability, opsTempo);
        }
    }

    LocalDate start = LocalDate.of(2024, 1, 1);
    LocalDate end = LocalDate.of(2024, 12, 31);
    int personsPerAgent = 1;
    final Gov host = new Gov("Host");
    final Gov haven = new Gov("Haven");
    final Map<String, GroupSpec> groups = new LinkedHashMap<>();
    final Map<String, StatusSpec> statuses = new LinkedHashMap<>(Map.of("card", new StatusSpec("Card", 10, 0, 0, 0)));
    double householdSizeMean = 1;
    final List<PolicyPhase> phases = new ArrayList<>();
    final List<TimelineEntry> timeline = new ArrayList<>();

    Behaviour.Pressure pressure = pressure().build();
    Behaviour.Grievance grievance = grievance().build();
    Behaviour.Trust trust = trust().build();
    Behaviour.Restraint restraint = restraint().build();
    Behaviour.Violence violence = violence().build();
    Behaviour.Coercion coercion = coercion().build();
    Behaviour.Returns returns = returns().build();
    Behaviour.Trade trade = trade().build();
    /** halfLifeDays, scale. */
    TensionSpec tension = new TensionSpec(10, 100);
    Behaviour.Excitation excitation = excitation().build();
    Behaviour.Response response = response().build();
    Behaviour.Reciprocity reciprocity = reciprocity().build();
    Behaviour.Loops loops = loops().build();

    // ---- the fixture's behaviour, one builder per group: a test changes what it examines by name ----

    /** Pressure of 1 per civilian and 1.5 per security death, halving in 45 days; P½ = 100. */
    static Behaviour.Pressure.Builder pressure() {
        return Behaviour.Pressure.builder().perFatality(1).securityWeight(1.5).perThousandReturnees(0).perClosedDay(0)
                .halfLifeDays(45).halfSaturation(100);
    }

    /** Grievance of 1 per hostile unit and none removed by cooperation, halving in 120 days; G½ = 300. */
    static Behaviour.Grievance.Builder grievance() {
        return Behaviour.Grievance.builder().perHostileUnit(1).perCooperativeUnit(0).perThousandReturned(0)
                .perClosedDay(0).halfLifeDays(120).halfSaturation(300);
    }

    /** Trust that events do not move, reverting with a half-life of 180 days. */
    static Behaviour.Trust.Builder trust() {
        return Behaviour.Trust.builder().perHostileUnit(0).perCooperativeUnit(0).reversionHalfLifeDays(180);
    }

    /** Restraint logit 4·trust − 2·s(grievance), no trade weight, adjusting over 4 days. */
    static Behaviour.Restraint.Builder restraint() {
        return Behaviour.Restraint.builder().intercept(0).trustWeight(4).grievanceWeight(2).tradeWeight(0)
                .adjustmentDays(4);
    }

    /**
     * Violence that kills nobody: every effect, lethality and operations rate 0, a dispersion of 1,
     * every victim of an attack on security forces a security person, a revenge half-life of 10 days,
     * no mass-casualty attacks (a power law of exponent 2.5 between 10 and 200 deaths if a test wants them).
     */
    static Behaviour.Violence.Builder violence() {
        return Behaviour.Violence.builder().havenEffect(0).havenRecruitmentEffect(0).revengeBoost(0)
                .revengeHalfLifeDays(10).securityAttackFatalities(0).civilianAttackFatalities(0).dispersion(1)
                .equipmentLethality(0).securityVictimShare(1).attackersKilledPerAttack(0).opsKillsPerFighterYear(0)
                .opsTempoElasticity(1).opsPressureGain(0).opsSecurityDeathsPerKill(0).attribution(0).massCasualtyShare(0).massCasualtyMinDeaths(10)
                .massCasualtyMaxDeaths(200).massCasualtyExponent(2.5);
    }

    /**
     * No deportation gain, no trade cost and no force (strike and clash deaths 0, every clash death
     * on the host's side); strikes considered above drive 0.6 and below trust 0.25; retaliation after a day.
     */
    static Behaviour.Coercion.Builder coercion() {
        return Behaviour.Coercion.builder().deportationPressureGain(0).strikeDriveThreshold(0.6)
                .strikeTrustCeiling(0.25).strikeDeaths(0).strikeMilitantShare(0).clashFatalities(0).clashHostShare(1)
                .retaliationDelayDays(1).tradeCost(0);
    }

    /** No returns (background, fear and threat 0); half-lives of 10 days; full warning fear. */
    static Behaviour.Returns.Builder returns() {
        return Behaviour.Returns.builder().backgroundPerYear(0).fearPerDay(0).fearHalfLifeDays(10).threatWeight(0)
                .riskHalfLifeDays(10).spillover(0).yearsEffect(0).livelihoodFactor(1).warningFear(1);
    }

    /** Trade of 1,000 USD a day that trust does not move and a closure stops entirely. */
    static Behaviour.Trade.Builder trade() {
        return Behaviour.Trade.builder().dailyValueUsd(1000).trustElasticity(0).closedResidualShare(0);
    }

    /** No self-excitation (branching ratio, size weight and revenge 0), a memory of 21 days. */
    static Behaviour.Excitation.Builder excitation() {
        return Behaviour.Excitation.builder().branchingRatio(0).memoryDays(21).sizeWeight(0).perFighterKilled(0);
    }

    /** No response to attacks (reactivity 0); a memory of 14 days, a threshold of 100, provocation at 10 deaths. */
    static Behaviour.Response.Builder response() {
        return Behaviour.Response.builder().memoryDays(14).threshold(100).reactivity(0).provocationDeaths(10);
    }

    /** No reciprocity (both gains 0); a memory of 30 days and a scale of 10 Goldstein units. */
    static Behaviour.Reciprocity.Builder reciprocity() {
        return Behaviour.Reciprocity.builder().memoryDays(30).scale(10).hostileGain(0).cooperativeGain(0);
    }

    /** Every feedback loop on. */
    static Behaviour.Loops.Builder loops() {
        return Behaviour.Loops.builder();
    }

    /**
     * A group with {@code fighters} fighters in cells of {@code cellSize}, all in the north, all
     * attacks on security forces; no equipment, no recruitment; attack rate as given.
     */
    static GroupSpec group(String name, int fighters, int cellSize, boolean haven, double attacksPerCellYear) {
        return new GroupSpec(name, fighters, cellSize, haven, 0, attacksPerCellYear, 1, 0, 1_000_000,
                Map.of("north", 1.0));
    }

    /** A timeline entry doing {@code action} once, on the first day. */
    TimelineEntry pinned(TimelineAction action) {
        return new TimelineEntry(action.kind().id(), start, 0, start, "", action);
    }

    Scenario build() {
        Map<String, String> provinces = new LinkedHashMap<>();
        provinces.put("north", "North");
        provinces.put("south", "South");
        Map<String, Crossing> crossings = new LinkedHashMap<>();
        crossings.put("main", new Crossing("Main", 0.6, "north"));
        crossings.put("second", new Crossing("Second", 0.3, "south"));
        crossings.put("third", new Crossing("Third", 0.1, "north"));
        Map<String, Double> refugeeProvinces = new LinkedHashMap<>();
        refugeeProvinces.put("north", 0.5);
        refugeeProvinces.put("south", 0.5);
        return new Scenario("small", "submodel tests", start, end, personsPerAgent, provinces, host.spec(),
                haven.spec(), groups, new RefugeeSpec(householdSizeMean, statuses, refugeeProvinces), phases,
                crossings, timeline,
                new Behaviour(pressure, grievance, trust, restraint, violence, coercion, returns, trade, excitation,
                        response, reciprocity, loops), tension, "",
                org.durand.scenario.ParameterValues.empty());
    }

    /** A model of this scenario, started (day 0, nothing stepped yet). */
    TensionModel started(long seed) {
        TensionModel m = new TensionModel(seed, build());
        m.start();
        return m;
    }
}
