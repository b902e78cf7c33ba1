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
        Trade trade) implements Serializable {

    /** Domestic security pressure: fatality-equivalents that decay with a half-life. */
    public record Pressure(double perFatality, double securityWeight, double perThousandReturnees,
                           double halfLifeDays, double halfSaturation) implements Serializable {
    }

    /** Grievance against the other government, in Goldstein-weighted units. */
    public record Grievance(double perHostileUnit, double reliefPerCooperativeUnit, double perThousandReturned,
                            double perClosedDay, double halfLifeDays, double halfSaturation) implements Serializable {
    }

    /** Trust in the other government, 0–1. */
    public record Trust(double gainPerCooperativeUnit, double lossPerHostileUnit, double reversionHalfLifeDays)
            implements Serializable {
    }

    /** The haven government's restraint of the militants it hosts. */
    public record Restraint(double intercept, double trustWeight, double grievanceWeight, double adjustmentDays)
            implements Serializable {
    }

    /** Attacks, their lethality, and counter-militant operations. */
    public record Violence(double havenEffect, double havenRecruitmentEffect, double revengeBoost,
                           double revengeHalfLifeDays, double securityAttackFatalities,
                           double civilianAttackFatalities, double dispersion, double equipmentLethality,
                           double securityVictimShare, double attackersKilledPerAttack,
                           double opsKillsPerFighterYear, double opsPressureGain, double attribution)
            implements Serializable {
    }

    /** Coercion by a government and the force it may use across the border. */
    public record Coercion(double deportationPressureGain, double strikeDriveThreshold, double strikeTrustCeiling,
                           double strikeDeaths, double strikeMilitantShare, double clashFatalities,
                           double retaliationDelayDays) implements Serializable {
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
}
