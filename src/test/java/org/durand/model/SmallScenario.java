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
 * switches on what it examines by replacing a field before calling {@link #build()}.
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

    /** perFatality, securityWeight, perThousandReturnees, perClosedDay, halfLifeDays, halfSaturation. */
    Behaviour.Pressure pressure = new Behaviour.Pressure(1, 1.5, 0, 0, 45, 100);
    /** perHostileUnit, perCooperativeUnit, perThousandReturned, perClosedDay, halfLifeDays, halfSaturation. */
    Behaviour.Grievance grievance = new Behaviour.Grievance(1, 0, 0, 0, 120, 300);
    /** perHostileUnit, perCooperativeUnit (log-odds per Goldstein unit), reversionHalfLifeDays. */
    Behaviour.Trust trust = new Behaviour.Trust(0, 0, 180);
    /** intercept, trustWeight, grievanceWeight, tradeWeight, adjustmentDays. */
    Behaviour.Restraint restraint = new Behaviour.Restraint(0, 4, 2, 0, 4);
    Behaviour.Violence violence = violence(0, 0, 0);
    /** deportationPressureGain, strikeDriveThreshold, strikeTrustCeiling, strikeDeaths, strikeMilitantShare,
     *  clashFatalities, clashHostShare, retaliationDelayDays, tradeCost. */
    Behaviour.Coercion coercion = new Behaviour.Coercion(0, 0.6, 0.25, 0, 0, 0, 1, 1, 0);
    /** backgroundPerYear, fearPerDay, fearHalfLifeDays, threatWeight, riskHalfLifeDays, spillover, yearsEffect,
     *  livelihoodFactor, warningFear. */
    Behaviour.Returns returns = new Behaviour.Returns(0, 0, 10, 0, 10, 0, 0, 1, 1);
    /** dailyValueUsd, trustElasticity, closedResidualShare. */
    Behaviour.Trade trade = new Behaviour.Trade(1000, 0, 0);
    /** halfLifeDays, scale. */
    TensionSpec tension = new TensionSpec(10, 100);
    /** No self-excitation (branching ratio and revenge 0). */
    Behaviour.Excitation excitation = Behaviour.Excitation.none();
    /** No attack-triggered response (reactivity 0). */
    Behaviour.Response response = Behaviour.Response.none();
    /** Every feedback loop on. */
    Behaviour.Loops loops = Behaviour.Loops.all();

    /**
     * Violence parameters with the attack lethality and operations rates a test sets; everything
     * else 0, except the dispersion (1) and a revenge half-life of 10 days.
     */
    static Behaviour.Violence violence(double securityAttackFatalities, double opsKillsPerFighterYear,
                                       double attackersKilledPerAttack) {
        return new Behaviour.Violence(0, 0, 0, 10, securityAttackFatalities, securityAttackFatalities, 1, 0, 1,
                attackersKilledPerAttack, opsKillsPerFighterYear, 0, 0, 0, 10, 200, 2.5);
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
                        response, loops), tension, "",
                org.durand.scenario.ParameterValues.empty());
    }

    /** A model of this scenario, started (day 0, nothing stepped yet). */
    TensionModel started(long seed) {
        TensionModel m = new TensionModel(seed, build());
        m.start();
        return m;
    }
}
