package org.durand.scenario;

import java.io.Serializable;

/**
 * The behavioural parameters of the mechanisms, grouped by mechanism. Units are in the scenario
 * file beside every value; sources and reasons are there and in {@code docs/ODD.md}.
 */
public record Behaviour(
        Pressure pressure,
        Grievance grievance,
        Trust trust,
        Restraint restraint,
        Violence violence,
        Coercion coercion,
        Returns returns,
        Trade trade,
        Excitation excitation,
        Response response,
        Loops loops) implements Serializable {

    /**
     * Domestic security pressure: fatality-equivalents that decay with a half-life; a closure
     * also costs the closing side {@code perClosedDay} × the crossing's trade share a day.
     */
    public record Pressure(double perFatality, double securityWeight, double perThousandReturnees,
                           double perClosedDay, double halfLifeDays, double halfSaturation) implements Serializable {
    }

    /**
     * Grievance against the other government, in Goldstein-weighted units: a hostile event adds
     * {@code perHostileUnit} × units, a cooperative one removes {@code perCooperativeUnit} × units
     * (never below zero), so both act on the same scale.
     */
    public record Grievance(double perHostileUnit, double perCooperativeUnit, double perThousandReturned,
                            double perClosedDay, double halfLifeDays, double halfSaturation) implements Serializable {
    }

    /**
     * Trust in the other government, 0–1, updated in log-odds: a cooperative event adds
     * {@code perCooperativeUnit} × units, a hostile one subtracts {@code perHostileUnit} × units.
     */
    public record Trust(double perHostileUnit, double perCooperativeUnit, double reversionHalfLifeDays)
            implements Serializable {
    }

    /**
     * The haven government's restraint of the militants it hosts: its target is
     * logistic(intercept + trustWeight·trust − grievanceWeight·s(grievance) + tradeWeight·(tie − 1)).
     */
    public record Restraint(double intercept, double trustWeight, double grievanceWeight, double tradeWeight,
                            double adjustmentDays) implements Serializable {
    }

    /** Attacks, their lethality, and counter-militant operations. */
    public record Violence(double havenEffect, double havenRecruitmentEffect, double revengeBoost,
                           double revengeHalfLifeDays, double securityAttackFatalities,
                           double civilianAttackFatalities, double dispersion, double equipmentLethality,
                           double securityVictimShare, double attackersKilledPerAttack,
                           double opsKillsPerFighterYear, double opsPressureGain, double attribution,
                           double massCasualtyShare, double massCasualtyMinDeaths, double massCasualtyMaxDeaths,
                           double massCasualtyExponent)
            implements Serializable {
    }

    /** Coercion by a government and the force it may use across the border. */
    public record Coercion(double deportationPressureGain, double strikeDriveThreshold, double strikeTrustCeiling,
                           double strikeDeaths, double strikeMilitantShare, double clashFatalities,
                           double clashHostShare, double retaliationDelayDays, double tradeCost)
            implements Serializable {
    }

    /**
     * Pressured ("voluntary") returns of refugee households; {@code warningFear} (0–1) is the fear
     * of a household told of a deadline, at the announcement and again as the deadline nears,
     * relative to the full fear of a phase's start (ODD §7.10).
     */
    public record Returns(double backgroundPerYear, double fearPerDay, double fearHalfLifeDays,
                          double threatWeight, double riskHalfLifeDays, double spillover, double yearsEffect,
                          double livelihoodFactor, double warningFear) implements Serializable {
    }

    /** Bilateral trade through the crossings. */
    public record Trade(double dailyValueUsd, double trustElasticity,
            double closedResidualShare) implements Serializable {
    }

    /**
     * Self-excitation of attacks (a discrete-time Hawkes process per group, ODD §7.19): every
     * attack raises its group's attack intensity for the following weeks, and fighters killed by
     * the host raise it in revenge. The named {@code with…} methods build a value without relying
     * on the order of the components.
     *
     * @param branchingRatio   attacks directly triggered by one attack of no deaths, 0–0.95
     *                         (Lewis, Mohler, Brantingham &amp; Bertozzi 2012; Mohler 2013: ≈0.4–0.5)
     * @param memoryDays       mean delay from an attack to the attacks it triggers, days (≥ 1);
     *                         the kernel is geometric, so the excitation decays by 1 − 1/memoryDays a day
     * @param sizeWeight       an attack with D deaths triggers branchingRatio × (1 + sizeWeight × ln(1 + D/D₀))
     *                         attacks, D₀ = {@code violence.massCasualtyMinDeaths}; ≥ 0
     * @param perFighterKilled revenge attacks triggered per fighter killed by the host's operations
     *                         or strikes (cross-excitation); ≥ 0
     */
    public record Excitation(double branchingRatio, double memoryDays, double sizeWeight, double perFighterKilled)
            implements Serializable {

        /** No excitation: branching ratio, size weight and revenge 0, a memory of 21 days. */
        public static Excitation none() {
            return new Excitation(0, 21, 0, 0);
        }

        public Excitation withBranchingRatio(double value) {
            return new Excitation(value, memoryDays, sizeWeight, perFighterKilled);
        }

        public Excitation withMemoryDays(double value) {
            return new Excitation(branchingRatio, value, sizeWeight, perFighterKilled);
        }

        public Excitation withSizeWeight(double value) {
            return new Excitation(branchingRatio, memoryDays, value, perFighterKilled);
        }

        public Excitation withPerFighterKilled(double value) {
            return new Excitation(branchingRatio, memoryDays, sizeWeight, value);
        }

        /** The daily factor on the triggered intensity, 1 − 1/memoryDays (0 for a memory of one day). */
        public double decay() {
            return 1 - 1 / memoryDays;
        }

        /** The mark of an attack with {@code deaths} dead: 1 + sizeWeight × ln(1 + deaths/minDeaths). */
        public double mark(int deaths, double minDeaths) {
            return 1 + sizeWeight * Math.log1p(deaths / minDeaths);
        }
    }

    /**
     * A government's response to attacks on its own soil (ODD §7.20): its alarm is the
     * fatality-equivalents of the last weeks (a geometric memory of {@code memoryDays}); the
     * response level rises with alarm as a Hill curve, reactivity × a²/(1 + a²) with a =
     * alarm/threshold, and multiplies its hostility, strike hazard, operations tempo and answers to
     * force by 1 + level. The exponent 2 is the smallest whole one that makes the curve convex below
     * the threshold (a reason, not a source): routine violence moves it little, a large attack or a
     * run of them much, and it saturates at reactivity, so a government's capacity to respond is finite.
     *
     * @param memoryDays        mean age of the deaths the alarm remembers, days (≥ 1)
     * @param threshold         alarm at which the response is half its full level, fatality-equivalents (&gt; 0)
     * @param reactivity        the full response level, × (0 = no response); it also multiplies the
     *                          answers to acts of force (ODD §7.7), so it sets the action–reaction gain
     * @param provocationDeaths security personnel killed in one attack by militants the other side
     *                          hosts at which the attack provokes half as surely as a strike (&gt; 0)
     */
    public record Response(double memoryDays, double threshold, double reactivity, double provocationDeaths)
            implements Serializable {

        /** No response: reactivity 0, a memory of 14 days, a threshold of 100, provocation at 10 deaths. */
        public static Response none() {
            return new Response(14, 100, 0, 10);
        }

        public Response withMemoryDays(double value) {
            return new Response(value, threshold, reactivity, provocationDeaths);
        }

        public Response withThreshold(double value) {
            return new Response(memoryDays, value, reactivity, provocationDeaths);
        }

        public Response withReactivity(double value) {
            return new Response(memoryDays, threshold, value, provocationDeaths);
        }

        public Response withProvocationDeaths(double value) {
            return new Response(memoryDays, threshold, reactivity, value);
        }

        /** The response level at {@code alarm}: reactivity × a²/(1 + a²), a = alarm/threshold; 0–reactivity. */
        public double level(double alarm) {
            double a = alarm / threshold;
            return reactivity * a * a / (1 + a * a);
        }
    }

    /**
     * Switches for the feedback loops of {@code docs/ODD.md} (all on in a normal run), so that a
     * loop's contribution can be measured by cutting it.
     *
     * @param pressureCoercion   domestic pressure drives coercion
     * @param coercionGrievance  coercion (hostile acts, returns, closures) raises the other side's grievance
     * @param grievanceRestraint grievance lowers the haven's restraint of the militants it hosts
     * @param havenAttacks       a secure haven raises attack and recruitment rates
     * @param diplomacyTrust     cooperative events raise trust and relieve grievance
     * @param tradeTies          trade raises restraint and the cost of coercion; a closure costs the closer
     * @param strikeRetaliation  strikes mobilise the struck group and draw retaliation
     * @param equipmentLethality advanced equipment makes attacks deadlier
     * @param selfExcitation     attacks, and fighters killed by the host, trigger further attacks
     * @param attackResponse     deaths on a government's soil raise its hostile hazards and operations tempo
     */
    public record Loops(boolean pressureCoercion, boolean coercionGrievance, boolean grievanceRestraint,
                        boolean havenAttacks, boolean diplomacyTrust, boolean tradeTies, boolean strikeRetaliation,
                        boolean equipmentLethality, boolean selfExcitation, boolean attackResponse)
            implements Serializable {

        /** Every loop on. */
        public static Loops all() {
            return new Loops(true, true, true, true, true, true, true, true, true, true);
        }
    }
}
