package org.durand.scenario;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The behavioural parameters of the mechanisms, grouped by mechanism. Units are in the scenario
 * file beside every value; sources and reasons are there and in {@code docs/ODD.md}.
 *
 * <p>Each group is built by name, never by position: {@code Violence.builder().havenEffect(1.2)…build()},
 * or {@code violence.toBuilder().dispersion(0.5).build()} to change some values of an existing one.
 * A group's name is its section of the scenario file and each setter is named like its component
 * and its key, so component {@code havenEffect} of {@code violence} holds
 * {@code behaviour.violence.havenEffect}.
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
        Reciprocity reciprocity,
        Loops loops) implements Serializable {

    /**
     * Domestic security pressure: fatality-equivalents that decay with a half-life; a closure
     * also costs the closing side {@code perClosedDay} × the crossing's trade share a day.
     */
    public record Pressure(double perFatality, double securityWeight, double perThousandReturnees,
                           double perClosedDay, double halfLifeDays, double halfSaturation) implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().perFatality(perFatality).securityWeight(securityWeight)
                    .perThousandReturnees(perThousandReturnees).perClosedDay(perClosedDay).halfLifeDays(halfLifeDays)
                    .halfSaturation(halfSaturation);
        }

        /**
         * Builds a {@link Pressure} by name: one setter per component, named like the component and like
         * its key {@code behaviour.pressure.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double perFatality = Double.NaN;
            private double securityWeight = Double.NaN;
            private double perThousandReturnees = Double.NaN;
            private double perClosedDay = Double.NaN;
            private double halfLifeDays = Double.NaN;
            private double halfSaturation = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#PRESSURE_PER_FATALITY}. */
            public Builder perFatality(double value) {
                perFatality = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#PRESSURE_SECURITY_WEIGHT}. */
            public Builder securityWeight(double value) {
                securityWeight = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#PRESSURE_PER_RETURNEES}. */
            public Builder perThousandReturnees(double value) {
                perThousandReturnees = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#PRESSURE_PER_CLOSED_DAY}. */
            public Builder perClosedDay(double value) {
                perClosedDay = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#PRESSURE_HALF_LIFE}. */
            public Builder halfLifeDays(double value) {
                halfLifeDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#PRESSURE_SATURATION}. */
            public Builder halfSaturation(double value) {
                halfSaturation = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Pressure build() {
                return complete(new Pressure(perFatality, securityWeight, perThousandReturnees, perClosedDay,
                        halfLifeDays, halfSaturation));
            }
        }
    }

    /**
     * Grievance against the other government, in Goldstein-weighted units: a hostile event adds
     * {@code perHostileUnit} × units, a cooperative one removes {@code perCooperativeUnit} × units
     * (never below zero), so both act on the same scale.
     */
    public record Grievance(double perHostileUnit, double perCooperativeUnit, double perThousandReturned,
                            double perClosedDay, double halfLifeDays, double halfSaturation) implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().perHostileUnit(perHostileUnit).perCooperativeUnit(perCooperativeUnit)
                    .perThousandReturned(perThousandReturned).perClosedDay(perClosedDay).halfLifeDays(halfLifeDays)
                    .halfSaturation(halfSaturation);
        }

        /**
         * Builds a {@link Grievance} by name: one setter per component, named like the component and like
         * its key {@code behaviour.grievance.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double perHostileUnit = Double.NaN;
            private double perCooperativeUnit = Double.NaN;
            private double perThousandReturned = Double.NaN;
            private double perClosedDay = Double.NaN;
            private double halfLifeDays = Double.NaN;
            private double halfSaturation = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#GRIEVANCE_PER_HOSTILE}. */
            public Builder perHostileUnit(double value) {
                perHostileUnit = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#GRIEVANCE_PER_COOPERATIVE}. */
            public Builder perCooperativeUnit(double value) {
                perCooperativeUnit = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#GRIEVANCE_PER_RETURNED}. */
            public Builder perThousandReturned(double value) {
                perThousandReturned = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#GRIEVANCE_PER_CLOSED_DAY}. */
            public Builder perClosedDay(double value) {
                perClosedDay = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#GRIEVANCE_HALF_LIFE}. */
            public Builder halfLifeDays(double value) {
                halfLifeDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#GRIEVANCE_SATURATION}. */
            public Builder halfSaturation(double value) {
                halfSaturation = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Grievance build() {
                return complete(new Grievance(perHostileUnit, perCooperativeUnit, perThousandReturned, perClosedDay,
                        halfLifeDays, halfSaturation));
            }
        }
    }

    /**
     * Trust in the other government, 0–1, updated in log-odds: a cooperative event adds
     * {@code perCooperativeUnit} × units, a hostile one subtracts {@code perHostileUnit} × units.
     */
    public record Trust(double perHostileUnit, double perCooperativeUnit, double reversionHalfLifeDays)
            implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().perHostileUnit(perHostileUnit).perCooperativeUnit(perCooperativeUnit)
                    .reversionHalfLifeDays(reversionHalfLifeDays);
        }

        /**
         * Builds a {@link Trust} by name: one setter per component, named like the component and like
         * its key {@code behaviour.trust.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double perHostileUnit = Double.NaN;
            private double perCooperativeUnit = Double.NaN;
            private double reversionHalfLifeDays = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#TRUST_HOSTILE}. */
            public Builder perHostileUnit(double value) {
                perHostileUnit = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#TRUST_COOPERATIVE}. */
            public Builder perCooperativeUnit(double value) {
                perCooperativeUnit = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#TRUST_REVERSION}. */
            public Builder reversionHalfLifeDays(double value) {
                reversionHalfLifeDays = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Trust build() {
                return complete(new Trust(perHostileUnit, perCooperativeUnit, reversionHalfLifeDays));
            }
        }
    }

    /**
     * The haven government's restraint of the militants it hosts: its target is
     * logistic(intercept + trustWeight·trust − grievanceWeight·s(grievance) + tradeWeight·(tie − 1)).
     */
    public record Restraint(double intercept, double trustWeight, double grievanceWeight, double tradeWeight,
                            double adjustmentDays) implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().intercept(intercept).trustWeight(trustWeight).grievanceWeight(grievanceWeight)
                    .tradeWeight(tradeWeight).adjustmentDays(adjustmentDays);
        }

        /**
         * Builds a {@link Restraint} by name: one setter per component, named like the component and like
         * its key {@code behaviour.restraint.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double intercept = Double.NaN;
            private double trustWeight = Double.NaN;
            private double grievanceWeight = Double.NaN;
            private double tradeWeight = Double.NaN;
            private double adjustmentDays = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#RESTRAINT_INTERCEPT}. */
            public Builder intercept(double value) {
                intercept = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RESTRAINT_TRUST}. */
            public Builder trustWeight(double value) {
                trustWeight = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RESTRAINT_GRIEVANCE}. */
            public Builder grievanceWeight(double value) {
                grievanceWeight = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RESTRAINT_TRADE}. */
            public Builder tradeWeight(double value) {
                tradeWeight = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RESTRAINT_ADJUSTMENT}. */
            public Builder adjustmentDays(double value) {
                adjustmentDays = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Restraint build() {
                return complete(new Restraint(intercept, trustWeight, grievanceWeight, tradeWeight, adjustmentDays));
            }
        }
    }

    /** Attacks, their lethality, and counter-militant operations. */
    public record Violence(double havenEffect, double havenRecruitmentEffect, double revengeBoost,
                           double revengeHalfLifeDays, double securityAttackFatalities,
                           double civilianAttackFatalities, double dispersion, double equipmentLethality,
                           double securityVictimShare, double attackersKilledPerAttack,
                           double opsKillsPerFighterYear, double opsTempoElasticity, double opsPressureGain,
                           double opsSecurityDeathsPerKill, double attribution,
                           double massCasualtyShare, double massCasualtyMinDeaths, double massCasualtyMaxDeaths,
                           double massCasualtyExponent)
            implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().havenEffect(havenEffect).havenRecruitmentEffect(havenRecruitmentEffect)
                    .revengeBoost(revengeBoost).revengeHalfLifeDays(revengeHalfLifeDays)
                    .securityAttackFatalities(securityAttackFatalities)
                    .civilianAttackFatalities(civilianAttackFatalities).dispersion(dispersion)
                    .equipmentLethality(equipmentLethality).securityVictimShare(securityVictimShare)
                    .attackersKilledPerAttack(attackersKilledPerAttack).opsKillsPerFighterYear(opsKillsPerFighterYear)
                    .opsTempoElasticity(opsTempoElasticity).opsPressureGain(opsPressureGain)
                    .opsSecurityDeathsPerKill(opsSecurityDeathsPerKill).attribution(attribution).massCasualtyShare(massCasualtyShare)
                    .massCasualtyMinDeaths(massCasualtyMinDeaths).massCasualtyMaxDeaths(massCasualtyMaxDeaths)
                    .massCasualtyExponent(massCasualtyExponent);
        }

        /**
         * Builds a {@link Violence} by name: one setter per component, named like the component and like
         * its key {@code behaviour.violence.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double havenEffect = Double.NaN;
            private double havenRecruitmentEffect = Double.NaN;
            private double revengeBoost = Double.NaN;
            private double revengeHalfLifeDays = Double.NaN;
            private double securityAttackFatalities = Double.NaN;
            private double civilianAttackFatalities = Double.NaN;
            private double dispersion = Double.NaN;
            private double equipmentLethality = Double.NaN;
            private double securityVictimShare = Double.NaN;
            private double attackersKilledPerAttack = Double.NaN;
            private double opsKillsPerFighterYear = Double.NaN;
            private double opsTempoElasticity = Double.NaN;
            private double opsPressureGain = Double.NaN;
            private double opsSecurityDeathsPerKill = Double.NaN;
            private double attribution = Double.NaN;
            private double massCasualtyShare = Double.NaN;
            private double massCasualtyMinDeaths = Double.NaN;
            private double massCasualtyMaxDeaths = Double.NaN;
            private double massCasualtyExponent = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#HAVEN_EFFECT}. */
            public Builder havenEffect(double value) {
                havenEffect = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#HAVEN_RECRUITMENT}. */
            public Builder havenRecruitmentEffect(double value) {
                havenRecruitmentEffect = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#REVENGE_BOOST}. */
            public Builder revengeBoost(double value) {
                revengeBoost = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#REVENGE_HALF_LIFE}. */
            public Builder revengeHalfLifeDays(double value) {
                revengeHalfLifeDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#SECURITY_ATTACK_DEATHS}. */
            public Builder securityAttackFatalities(double value) {
                securityAttackFatalities = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#CIVILIAN_ATTACK_DEATHS}. */
            public Builder civilianAttackFatalities(double value) {
                civilianAttackFatalities = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#DISPERSION}. */
            public Builder dispersion(double value) {
                dispersion = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#EQUIPMENT_LETHALITY}. */
            public Builder equipmentLethality(double value) {
                equipmentLethality = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#SECURITY_VICTIM_SHARE}. */
            public Builder securityVictimShare(double value) {
                securityVictimShare = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#ATTACKERS_KILLED}. */
            public Builder attackersKilledPerAttack(double value) {
                attackersKilledPerAttack = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#OPS_KILLS}. */
            public Builder opsKillsPerFighterYear(double value) {
                opsKillsPerFighterYear = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#OPS_ELASTICITY}. */
            public Builder opsTempoElasticity(double value) {
                opsTempoElasticity = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#OPS_PRESSURE_GAIN}. */
            public Builder opsPressureGain(double value) {
                opsPressureGain = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#OPS_SECURITY_DEATHS}. */
            public Builder opsSecurityDeathsPerKill(double value) {
                opsSecurityDeathsPerKill = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#ATTRIBUTION}. */
            public Builder attribution(double value) {
                attribution = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#MASS_SHARE}. */
            public Builder massCasualtyShare(double value) {
                massCasualtyShare = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#MASS_MIN}. */
            public Builder massCasualtyMinDeaths(double value) {
                massCasualtyMinDeaths = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#MASS_MAX}. */
            public Builder massCasualtyMaxDeaths(double value) {
                massCasualtyMaxDeaths = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#MASS_EXPONENT}. */
            public Builder massCasualtyExponent(double value) {
                massCasualtyExponent = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Violence build() {
                return complete(new Violence(havenEffect, havenRecruitmentEffect, revengeBoost, revengeHalfLifeDays,
                        securityAttackFatalities, civilianAttackFatalities, dispersion, equipmentLethality,
                        securityVictimShare, attackersKilledPerAttack, opsKillsPerFighterYear, opsTempoElasticity,
                        opsPressureGain, opsSecurityDeathsPerKill, attribution, massCasualtyShare, massCasualtyMinDeaths, massCasualtyMaxDeaths,
                        massCasualtyExponent));
            }
        }
    }

    /** Coercion by a government and the force it may use across the border. */
    public record Coercion(double deportationPressureGain, double strikeDriveThreshold, double strikeTrustCeiling,
                           double strikeDeaths, double strikeMilitantShare, double clashFatalities,
                           double clashHostShare, double retaliationDelayDays, double tradeCost)
            implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().deportationPressureGain(deportationPressureGain)
                    .strikeDriveThreshold(strikeDriveThreshold).strikeTrustCeiling(strikeTrustCeiling)
                    .strikeDeaths(strikeDeaths).strikeMilitantShare(strikeMilitantShare)
                    .clashFatalities(clashFatalities).clashHostShare(clashHostShare)
                    .retaliationDelayDays(retaliationDelayDays).tradeCost(tradeCost);
        }

        /**
         * Builds a {@link Coercion} by name: one setter per component, named like the component and like
         * its key {@code behaviour.coercion.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double deportationPressureGain = Double.NaN;
            private double strikeDriveThreshold = Double.NaN;
            private double strikeTrustCeiling = Double.NaN;
            private double strikeDeaths = Double.NaN;
            private double strikeMilitantShare = Double.NaN;
            private double clashFatalities = Double.NaN;
            private double clashHostShare = Double.NaN;
            private double retaliationDelayDays = Double.NaN;
            private double tradeCost = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#DEPORTATION_GAIN}. */
            public Builder deportationPressureGain(double value) {
                deportationPressureGain = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#STRIKE_THRESHOLD}. */
            public Builder strikeDriveThreshold(double value) {
                strikeDriveThreshold = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#STRIKE_TRUST_CEILING}. */
            public Builder strikeTrustCeiling(double value) {
                strikeTrustCeiling = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#STRIKE_DEATHS}. */
            public Builder strikeDeaths(double value) {
                strikeDeaths = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#STRIKE_MILITANT_SHARE}. */
            public Builder strikeMilitantShare(double value) {
                strikeMilitantShare = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#CLASH_DEATHS}. */
            public Builder clashFatalities(double value) {
                clashFatalities = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#CLASH_HOST_SHARE}. */
            public Builder clashHostShare(double value) {
                clashHostShare = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETALIATION_DELAY}. */
            public Builder retaliationDelayDays(double value) {
                retaliationDelayDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#TRADE_COST}. */
            public Builder tradeCost(double value) {
                tradeCost = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Coercion build() {
                return complete(new Coercion(deportationPressureGain, strikeDriveThreshold, strikeTrustCeiling,
                        strikeDeaths, strikeMilitantShare, clashFatalities, clashHostShare, retaliationDelayDays,
                        tradeCost));
            }
        }
    }

    /**
     * Pressured ("voluntary") returns of refugee households; {@code warningFear} (0–1) is the fear
     * of a household told of a deadline, at the announcement and again as the deadline nears,
     * relative to the full fear of a phase's start (ODD §7.10).
     */
    public record Returns(double backgroundPerYear, double fearPerDay, double fearHalfLifeDays,
                          double threatWeight, double riskHalfLifeDays, double spillover, double yearsEffect,
                          double livelihoodFactor, double warningFear) implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().backgroundPerYear(backgroundPerYear).fearPerDay(fearPerDay)
                    .fearHalfLifeDays(fearHalfLifeDays).threatWeight(threatWeight).riskHalfLifeDays(riskHalfLifeDays)
                    .spillover(spillover).yearsEffect(yearsEffect).livelihoodFactor(livelihoodFactor)
                    .warningFear(warningFear);
        }

        /**
         * Builds a {@link Returns} by name: one setter per component, named like the component and like
         * its key {@code behaviour.returns.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double backgroundPerYear = Double.NaN;
            private double fearPerDay = Double.NaN;
            private double fearHalfLifeDays = Double.NaN;
            private double threatWeight = Double.NaN;
            private double riskHalfLifeDays = Double.NaN;
            private double spillover = Double.NaN;
            private double yearsEffect = Double.NaN;
            private double livelihoodFactor = Double.NaN;
            private double warningFear = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#RETURNS_BACKGROUND}. */
            public Builder backgroundPerYear(double value) {
                backgroundPerYear = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_FEAR}. */
            public Builder fearPerDay(double value) {
                fearPerDay = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_FEAR_HALF_LIFE}. */
            public Builder fearHalfLifeDays(double value) {
                fearHalfLifeDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_THREAT}. */
            public Builder threatWeight(double value) {
                threatWeight = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_RISK_HALF_LIFE}. */
            public Builder riskHalfLifeDays(double value) {
                riskHalfLifeDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_SPILLOVER}. */
            public Builder spillover(double value) {
                spillover = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_YEARS}. */
            public Builder yearsEffect(double value) {
                yearsEffect = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_LIVELIHOOD}. */
            public Builder livelihoodFactor(double value) {
                livelihoodFactor = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RETURNS_WARNING}. */
            public Builder warningFear(double value) {
                warningFear = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Returns build() {
                return complete(new Returns(backgroundPerYear, fearPerDay, fearHalfLifeDays, threatWeight,
                        riskHalfLifeDays, spillover, yearsEffect, livelihoodFactor, warningFear));
            }
        }
    }

    /** Bilateral trade through the crossings. */
    public record Trade(double dailyValueUsd, double trustElasticity,
            double closedResidualShare) implements Serializable {

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().dailyValueUsd(dailyValueUsd).trustElasticity(trustElasticity)
                    .closedResidualShare(closedResidualShare);
        }

        /**
         * Builds a {@link Trade} by name: one setter per component, named like the component and like
         * its key {@code behaviour.trade.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double dailyValueUsd = Double.NaN;
            private double trustElasticity = Double.NaN;
            private double closedResidualShare = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#TRADE_DAILY}. */
            public Builder dailyValueUsd(double value) {
                dailyValueUsd = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#TRADE_TRUST}. */
            public Builder trustElasticity(double value) {
                trustElasticity = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#TRADE_RESIDUAL}. */
            public Builder closedResidualShare(double value) {
                closedResidualShare = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Trade build() {
                return complete(new Trade(dailyValueUsd, trustElasticity, closedResidualShare));
            }
        }
    }

    /**
     * Self-excitation of attacks (a discrete-time Hawkes process per group, ODD §7.19): every
     * attack raises its group's attack intensity for the following weeks, and fighters killed by
     * the host raise it in revenge.
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

        /** The daily factor on the triggered intensity, 1 − 1/memoryDays (0 for a memory of one day). */
        public double decay() {
            return 1 - 1 / memoryDays;
        }

        /** The mark of an attack with {@code deaths} dead: 1 + sizeWeight × ln(1 + deaths/minDeaths). */
        public double mark(int deaths, double minDeaths) {
            return 1 + sizeWeight * Math.log1p(deaths / minDeaths);
        }

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().branchingRatio(branchingRatio).memoryDays(memoryDays).sizeWeight(sizeWeight)
                    .perFighterKilled(perFighterKilled);
        }

        /**
         * Builds a {@link Excitation} by name: one setter per component, named like the component and like
         * its key {@code behaviour.excitation.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double branchingRatio = Double.NaN;
            private double memoryDays = Double.NaN;
            private double sizeWeight = Double.NaN;
            private double perFighterKilled = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#EXCITATION_BRANCHING}. */
            public Builder branchingRatio(double value) {
                branchingRatio = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#EXCITATION_MEMORY}. */
            public Builder memoryDays(double value) {
                memoryDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#EXCITATION_SIZE}. */
            public Builder sizeWeight(double value) {
                sizeWeight = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#EXCITATION_REVENGE}. */
            public Builder perFighterKilled(double value) {
                perFighterKilled = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Excitation build() {
                return complete(new Excitation(branchingRatio, memoryDays, sizeWeight, perFighterKilled));
            }
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

        /** The response level at {@code alarm}: reactivity × a²/(1 + a²), a = alarm/threshold; 0–reactivity. */
        public double level(double alarm) {
            double a = alarm / threshold;
            return reactivity * a * a / (1 + a * a);
        }

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().memoryDays(memoryDays).threshold(threshold).reactivity(reactivity)
                    .provocationDeaths(provocationDeaths);
        }

        /**
         * Builds a {@link Response} by name: one setter per component, named like the component and like
         * its key {@code behaviour.response.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private double memoryDays = Double.NaN;
            private double threshold = Double.NaN;
            private double reactivity = Double.NaN;
            private double provocationDeaths = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#RESPONSE_MEMORY}. */
            public Builder memoryDays(double value) {
                memoryDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RESPONSE_THRESHOLD}. */
            public Builder threshold(double value) {
                threshold = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RESPONSE_REACTIVITY}. */
            public Builder reactivity(double value) {
                reactivity = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RESPONSE_PROVOCATION}. */
            public Builder provocationDeaths(double value) {
                provocationDeaths = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Response build() {
                return complete(new Response(memoryDays, threshold, reactivity, provocationDeaths));
            }
        }
    }

    /**
     * Reciprocity between the two governments (ODD §7.23): each answers the other's recent acts in
     * kind. A government remembers the Goldstein units of the hostile acts the other government
     * aimed at it, K, and the cooperative units exchanged between the two, C (a visit or talks is a
     * joint event), each with a geometric memory of {@code memoryDays}. With the saturating
     * readings p = K/(K + scale) and c = C/(C + scale), both in [0, 1), its hostile hazards
     * (accusations, closures, clashes and strikes of its own choosing) are multiplied by
     * (1 + hostileGain · p)/(1 + cooperativeGain · c), and its openness to contact by the inverse,
     * (1 + cooperativeGain · c)/(1 + hostileGain · p). Hostility is thus answered with hostility and
     * cooperation with cooperation, the reciprocity that event data show between states (Goldstein
     * &amp; Freeman 1990, <i>Three-Way Street: Strategic Reciprocity in World Politics</i>); both
     * factors stay within [1/(1 + cooperativeGain), 1 + hostileGain], so the spiral they can start is
     * bounded.
     *
     * @param memoryDays      mean age of the acts a government remembers, days (≥ 1)
     * @param scale           Goldstein units × magnitude remembered at which a reading is half its
     *                        full value (&gt; 0)
     * @param hostileGain     the full effect of hostility received: hostile hazards × (1 + gain), contact ÷ (1 + gain) (≥ 0)
     * @param cooperativeGain the full effect of cooperation: contact × (1 + gain), hostile hazards ÷ (1 + gain) (≥ 0)
     */
    public record Reciprocity(double memoryDays, double scale, double hostileGain, double cooperativeGain)
            implements Serializable {

        /**
         * The factor on a government's hostile hazards, (1 + hostileGain · p)/(1 + cooperativeGain · c),
         * with p = hostile/(hostile + scale) and c = cooperative/(cooperative + scale).
         *
         * @param hostile     hostile units remembered (≥ 0)
         * @param cooperative cooperative units remembered (≥ 0)
         * @return a factor in [1/(1 + cooperativeGain), 1 + hostileGain]
         */
        public double hostilityFactor(double hostile, double cooperative) {
            return (1 + hostileGain * reading(hostile)) / (1 + cooperativeGain * reading(cooperative));
        }

        /** units/(units + scale), 0 … 1. */
        private double reading(double units) {
            return units / (units + scale);
        }

        /** A builder with no value set: {@link Builder#build()} refuses until every component has one. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().memoryDays(memoryDays).scale(scale).hostileGain(hostileGain)
                    .cooperativeGain(cooperativeGain);
        }

        /**
         * Builds a {@link Reciprocity} by name: one setter per component, named like the component and
         * like its key {@code behaviour.reciprocity.<name>}. Ranges are checked where a scenario is read,
         * not here.
         */
        public static final class Builder {
            private double memoryDays = Double.NaN;
            private double scale = Double.NaN;
            private double hostileGain = Double.NaN;
            private double cooperativeGain = Double.NaN;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#RECIPROCITY_MEMORY}. */
            public Builder memoryDays(double value) {
                memoryDays = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RECIPROCITY_SCALE}. */
            public Builder scale(double value) {
                scale = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RECIPROCITY_HOSTILE}. */
            public Builder hostileGain(double value) {
                hostileGain = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#RECIPROCITY_COOPERATIVE}. */
            public Builder cooperativeGain(double value) {
                cooperativeGain = value;
                return this;
            }

            /**
             * The record of the values set.
             *
             * @throws IllegalStateException naming the components never set
             */
            public Reciprocity build() {
                return complete(new Reciprocity(memoryDays, scale, hostileGain, cooperativeGain));
            }
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
     * @param reciprocity        each government answers the other's hostile and cooperative acts in kind
     */
    public record Loops(boolean pressureCoercion, boolean coercionGrievance, boolean grievanceRestraint,
                        boolean havenAttacks, boolean diplomacyTrust, boolean tradeTies, boolean strikeRetaliation,
                        boolean equipmentLethality, boolean selfExcitation, boolean attackResponse,
                        boolean reciprocity)
            implements Serializable {

        /** Every loop on. */
        public static Loops all() {
            return builder().build();
        }

        /** A builder with every loop on (each switch's fallback in the registry). */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return builder().pressureCoercion(pressureCoercion).coercionGrievance(coercionGrievance)
                    .grievanceRestraint(grievanceRestraint).havenAttacks(havenAttacks).diplomacyTrust(diplomacyTrust)
                    .tradeTies(tradeTies).strikeRetaliation(strikeRetaliation).equipmentLethality(equipmentLethality)
                    .selfExcitation(selfExcitation).attackResponse(attackResponse).reciprocity(reciprocity);
        }

        /**
         * Builds a {@link Loops} by name: one setter per component, named like the component and like
         * its key {@code behaviour.loops.<name>}. Ranges are checked where a scenario is read, not here.
         */
        public static final class Builder {
            private boolean pressureCoercion = true;
            private boolean coercionGrievance = true;
            private boolean grievanceRestraint = true;
            private boolean havenAttacks = true;
            private boolean diplomacyTrust = true;
            private boolean tradeTies = true;
            private boolean strikeRetaliation = true;
            private boolean equipmentLethality = true;
            private boolean selfExcitation = true;
            private boolean attackResponse = true;
            private boolean reciprocity = true;

            private Builder() {
            }

            /** The value of {@link BehaviourParameters#LOOP_PRESSURE}. */
            public Builder pressureCoercion(boolean value) {
                pressureCoercion = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_COERCION}. */
            public Builder coercionGrievance(boolean value) {
                coercionGrievance = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_GRIEVANCE}. */
            public Builder grievanceRestraint(boolean value) {
                grievanceRestraint = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_HAVEN}. */
            public Builder havenAttacks(boolean value) {
                havenAttacks = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_DIPLOMACY}. */
            public Builder diplomacyTrust(boolean value) {
                diplomacyTrust = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_TRADE}. */
            public Builder tradeTies(boolean value) {
                tradeTies = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_STRIKE}. */
            public Builder strikeRetaliation(boolean value) {
                strikeRetaliation = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_EQUIPMENT}. */
            public Builder equipmentLethality(boolean value) {
                equipmentLethality = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_EXCITATION}. */
            public Builder selfExcitation(boolean value) {
                selfExcitation = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_RESPONSE}. */
            public Builder attackResponse(boolean value) {
                attackResponse = value;
                return this;
            }

            /** The value of {@link BehaviourParameters#LOOP_RECIPROCITY}. */
            public Builder reciprocity(boolean value) {
                reciprocity = value;
                return this;
            }

            /** The switches as set, every switch not set on. */
            public Loops build() {
                return new Loops(pressureCoercion, coercionGrievance, grievanceRestraint, havenAttacks, diplomacyTrust,
                        tradeTies, strikeRetaliation, equipmentLethality, selfExcitation, attackResponse, reciprocity);
            }
        }
    }

    /**
     * {@code built}, once every number in it has been set (a builder starts each at NaN, a value
     * that no scenario key can hold).
     *
     * @throws IllegalStateException naming the components still unset
     */
    private static <R extends Record> R complete(R built) {
        List<String> unset = new ArrayList<>();
        for (RecordComponent c : built.getClass().getRecordComponents()) {
            if (c.getType() == double.class && Double.isNaN((double) value(c, built))) {
                unset.add(c.getName());
            }
        }
        if (!unset.isEmpty()) {
            throw new IllegalStateException(section(built.getClass()) + " built without " + String.join(", ", unset));
        }
        return built;
    }

    /** The section of the scenario file a group is read from: {@code Violence} → {@code behaviour.violence}. */
    private static String section(Class<?> group) {
        String name = group.getSimpleName();
        return "behaviour." + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r, e);
        }
    }
}
