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

    /** Pressured ("voluntary") returns of refugee households. */
    public record Returns(double backgroundPerYear, double fearPerDay, double fearHalfLifeDays,
                          double threatWeight, double riskHalfLifeDays, double spillover, double yearsEffect,
                          double livelihoodFactor) implements Serializable {
    }

    /** Bilateral trade through the crossings. */
    public record Trade(double dailyValueUsd, double trustElasticity,
            double closedResidualShare) implements Serializable {
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
     */
    public record Loops(boolean pressureCoercion, boolean coercionGrievance, boolean grievanceRestraint,
                        boolean havenAttacks, boolean diplomacyTrust, boolean tradeTies, boolean strikeRetaliation,
                        boolean equipmentLethality) implements Serializable {

        /** Every loop on. */
        public static Loops all() {
            return new Loops(true, true, true, true, true, true, true, true);
        }
    }
}
