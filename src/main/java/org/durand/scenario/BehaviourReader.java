package org.durand.scenario;

import static org.durand.scenario.BehaviourParameters.*;

/**
 * Reads the {@code behaviour:} section; one method per mechanism group, ranges from the registry.
 * Each value is bound by name: the setter named like key {@code behaviour.<group>.<name>} takes the
 * value of that key's registry entry, so adding a parameter means its entry, a component of its
 * group named like its key, the builder's setter and one line here (a test checks that they agree).
 */
final class BehaviourReader {

    private BehaviourReader() {
    }

    static Behaviour read(Section b) {
        Behaviour.Violence violence = violence(b.section("violence"));
        Behaviour out = new Behaviour(pressure(b.section("pressure")), grievance(b.section("grievance")),
                trust(b.section("trust")), restraint(b.section("restraint")), violence,
                coercion(b.section("coercion")), returns(b.section("returns")), trade(b.section("trade")),
                excitation(b.section("excitation"), violence), response(b.section("response")),
                reciprocity(b.section("reciprocity")), loops(b.optionalSection("loops")));
        b.done();
        return out;
    }

    private static Behaviour.Pressure pressure(Section s) {
        return done(s, Behaviour.Pressure.builder()
                .perFatality(s.number(PRESSURE_PER_FATALITY))
                .securityWeight(s.number(PRESSURE_SECURITY_WEIGHT))
                .perThousandReturnees(s.number(PRESSURE_PER_RETURNEES))
                .perClosedDay(s.number(PRESSURE_PER_CLOSED_DAY))
                .halfLifeDays(s.number(PRESSURE_HALF_LIFE))
                .halfSaturation(s.number(PRESSURE_SATURATION))
                .build());
    }

    private static Behaviour.Grievance grievance(Section s) {
        return done(s, Behaviour.Grievance.builder()
                .perHostileUnit(s.number(GRIEVANCE_PER_HOSTILE))
                .perCooperativeUnit(s.number(GRIEVANCE_PER_COOPERATIVE))
                .perThousandReturned(s.number(GRIEVANCE_PER_RETURNED))
                .perClosedDay(s.number(GRIEVANCE_PER_CLOSED_DAY))
                .halfLifeDays(s.number(GRIEVANCE_HALF_LIFE))
                .halfSaturation(s.number(GRIEVANCE_SATURATION))
                .build());
    }

    private static Behaviour.Trust trust(Section s) {
        return done(s, Behaviour.Trust.builder()
                .perHostileUnit(s.number(TRUST_HOSTILE))
                .perCooperativeUnit(s.number(TRUST_COOPERATIVE))
                .reversionHalfLifeDays(s.number(TRUST_REVERSION))
                .build());
    }

    private static Behaviour.Restraint restraint(Section s) {
        return done(s, Behaviour.Restraint.builder()
                .intercept(s.number(RESTRAINT_INTERCEPT))
                .trustWeight(s.number(RESTRAINT_TRUST))
                .grievanceWeight(s.number(RESTRAINT_GRIEVANCE))
                .tradeWeight(s.number(RESTRAINT_TRADE))
                .adjustmentDays(s.number(RESTRAINT_ADJUSTMENT))
                .build());
    }

    private static Behaviour.Violence violence(Section s) {
        Behaviour.Violence v = Behaviour.Violence.builder()
                .havenEffect(s.number(HAVEN_EFFECT))
                .havenRecruitmentEffect(s.number(HAVEN_RECRUITMENT))
                .revengeBoost(s.number(REVENGE_BOOST))
                .revengeHalfLifeDays(s.number(REVENGE_HALF_LIFE))
                .securityAttackFatalities(s.number(SECURITY_ATTACK_DEATHS))
                .civilianAttackFatalities(s.number(CIVILIAN_ATTACK_DEATHS))
                .dispersion(s.number(DISPERSION))
                .equipmentLethality(s.number(EQUIPMENT_LETHALITY))
                .securityVictimShare(s.number(SECURITY_VICTIM_SHARE))
                .attackersKilledPerAttack(s.number(ATTACKERS_KILLED))
                .opsKillsPerFighterYear(s.number(OPS_KILLS))
                .opsTempoElasticity(s.number(OPS_ELASTICITY))
                .opsPressureGain(s.number(OPS_PRESSURE_GAIN))
                .opsSecurityDeathsPerKill(s.number(OPS_SECURITY_DEATHS))
                .attribution(s.number(ATTRIBUTION))
                .massCasualtyShare(s.number(MASS_SHARE))
                .massCasualtyMinDeaths(s.number(MASS_MIN))
                .massCasualtyMaxDeaths(s.number(MASS_MAX))
                .massCasualtyExponent(s.number(MASS_EXPONENT))
                .build();
        if (v.massCasualtyMaxDeaths() <= v.massCasualtyMinDeaths()) {
            s.problemAtKey(MASS_MAX.key(), String.valueOf(v.massCasualtyMaxDeaths()), "must be above "
                    + MASS_MIN.key() + " (" + v.massCasualtyMinDeaths() + ")");
        }
        return done(s, v);
    }

    private static Behaviour.Coercion coercion(Section s) {
        return done(s, Behaviour.Coercion.builder()
                .deportationPressureGain(s.number(DEPORTATION_GAIN))
                .strikeDriveThreshold(s.number(STRIKE_THRESHOLD))
                .strikeTrustCeiling(s.number(STRIKE_TRUST_CEILING))
                .strikeDeaths(s.number(STRIKE_DEATHS))
                .strikeMilitantShare(s.number(STRIKE_MILITANT_SHARE))
                .clashFatalities(s.number(CLASH_DEATHS))
                .clashHostShare(s.number(CLASH_HOST_SHARE))
                .retaliationDelayDays(s.number(RETALIATION_DELAY))
                .tradeCost(s.number(TRADE_COST))
                .build());
    }

    private static Behaviour.Returns returns(Section s) {
        return done(s, Behaviour.Returns.builder()
                .backgroundPerYear(s.number(RETURNS_BACKGROUND))
                .fearPerDay(s.number(RETURNS_FEAR))
                .fearHalfLifeDays(s.number(RETURNS_FEAR_HALF_LIFE))
                .threatWeight(s.number(RETURNS_THREAT))
                .riskHalfLifeDays(s.number(RETURNS_RISK_HALF_LIFE))
                .spillover(s.number(RETURNS_SPILLOVER))
                .yearsEffect(s.number(RETURNS_YEARS))
                .livelihoodFactor(s.number(RETURNS_LIVELIHOOD))
                .warningFear(s.number(RETURNS_WARNING))
                .build());
    }

    private static Behaviour.Trade trade(Section s) {
        return done(s, Behaviour.Trade.builder()
                .dailyValueUsd(s.number(TRADE_DAILY))
                .trustElasticity(s.number(TRADE_TRUST))
                .closedResidualShare(s.number(TRADE_RESIDUAL))
                .build());
    }

    /**
     * The excitation section, refused when the cascade could be supercritical: by Jensen's
     * inequality an attack triggers on average at most n × (1 + w × ln(1 + D̄/D₀)) attacks, where
     * D̄ = (1 − s) × max(μ_security, μ_civilian) × (1 + equipmentLethality) + s × D_max bounds the
     * mean deaths of an attack; that bound must stay below 1.
     */
    private static Behaviour.Excitation excitation(Section s, Behaviour.Violence v) {
        Behaviour.Excitation e = Behaviour.Excitation.builder()
                .branchingRatio(s.number(EXCITATION_BRANCHING))
                .memoryDays(s.number(EXCITATION_MEMORY))
                .sizeWeight(s.number(EXCITATION_SIZE))
                .perFighterKilled(s.number(EXCITATION_REVENGE))
                .build();
        double bound = effectiveBranchingBound(e, v);
        if (bound >= 1) {
            s.problemAtKey(EXCITATION_SIZE.key(), String.valueOf(e.sizeWeight()), String.format(java.util.Locale.ROOT,
                    "with branchingRatio %s an attack could trigger up to %.2f attacks on average, and the "
                            + "attacks would multiply without end; the bound n × (1 + sizeWeight × ln(1 + D̄/D₀)) must "
                            + "stay below 1 (docs/ODD.md §7.19): lower branchingRatio or sizeWeight",
                    e.branchingRatio(), bound));
        }
        return done(s, e);
    }

    /**
     * An upper bound of the mean number of attacks one attack triggers directly (the effective
     * branching ratio), n × (1 + w × ln(1 + D̄/D₀)); see {@link #excitation}.
     */
    static double effectiveBranchingBound(Behaviour.Excitation e, Behaviour.Violence v) {
        double ordinary = Math.max(v.securityAttackFatalities(), v.civilianAttackFatalities()) * (1 + v.equipmentLethality());
        double meanDeaths = (1 - v.massCasualtyShare()) * ordinary + v.massCasualtyShare() * v.massCasualtyMaxDeaths();
        return e.branchingRatio() * e.mark((int) Math.ceil(meanDeaths), v.massCasualtyMinDeaths());
    }

    private static Behaviour.Response response(Section s) {
        return done(s, Behaviour.Response.builder()
                .memoryDays(s.number(RESPONSE_MEMORY))
                .threshold(s.number(RESPONSE_THRESHOLD))
                .reactivity(s.number(RESPONSE_REACTIVITY))
                .provocationDeaths(s.number(RESPONSE_PROVOCATION))
                .build());
    }

    private static Behaviour.Reciprocity reciprocity(Section s) {
        return done(s, Behaviour.Reciprocity.builder()
                .memoryDays(s.number(RECIPROCITY_MEMORY))
                .scale(s.number(RECIPROCITY_SCALE))
                .hostileGain(s.number(RECIPROCITY_HOSTILE))
                .cooperativeGain(s.number(RECIPROCITY_COOPERATIVE))
                .build());
    }

    private static Behaviour.Loops loops(Section s) {
        return done(s, Behaviour.Loops.builder()
                .pressureCoercion(s.bool(LOOP_PRESSURE))
                .coercionGrievance(s.bool(LOOP_COERCION))
                .grievanceRestraint(s.bool(LOOP_GRIEVANCE))
                .havenAttacks(s.bool(LOOP_HAVEN))
                .diplomacyTrust(s.bool(LOOP_DIPLOMACY))
                .tradeTies(s.bool(LOOP_TRADE))
                .strikeRetaliation(s.bool(LOOP_STRIKE))
                .equipmentLethality(s.bool(LOOP_EQUIPMENT))
                .selfExcitation(s.bool(LOOP_EXCITATION))
                .attackResponse(s.bool(LOOP_RESPONSE))
                .reciprocity(s.bool(LOOP_RECIPROCITY))
                .build());
    }

    /** {@code value}, once {@code s} has no key left that nobody asked for. */
    private static <T> T done(Section s, T value) {
        s.done();
        return value;
    }
}
