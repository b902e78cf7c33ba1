package org.durand.scenario;

import static org.durand.scenario.BehaviourParameters.*;

/** Reads the {@code behaviour:} section; one method per mechanism group, ranges from the registry. */
final class BehaviourReader {

    private BehaviourReader() {
    }

    static Behaviour read(Section b) {
        Behaviour.Violence violence = violence(b.section("violence"));
        Behaviour out = new Behaviour(pressure(b.section("pressure")), grievance(b.section("grievance")),
                trust(b.section("trust")), restraint(b.section("restraint")), violence,
                coercion(b.section("coercion")), returns(b.section("returns")), trade(b.section("trade")),
                excitation(b.section("excitation"), violence), response(b.section("response")),
                loops(b.optionalSection("loops")));
        b.done();
        return out;
    }

    private static Behaviour.Pressure pressure(Section s) {
        Behaviour.Pressure p = new Behaviour.Pressure(s.number(PRESSURE_PER_FATALITY), s.number(PRESSURE_SECURITY_WEIGHT),
                s.number(PRESSURE_PER_RETURNEES), s.number(PRESSURE_PER_CLOSED_DAY), s.number(PRESSURE_HALF_LIFE),
                s.number(PRESSURE_SATURATION));
        s.done();
        return p;
    }

    private static Behaviour.Grievance grievance(Section s) {
        Behaviour.Grievance g = new Behaviour.Grievance(s.number(GRIEVANCE_PER_HOSTILE), s.number(GRIEVANCE_PER_COOPERATIVE),
                s.number(GRIEVANCE_PER_RETURNED), s.number(GRIEVANCE_PER_CLOSED_DAY), s.number(GRIEVANCE_HALF_LIFE),
                s.number(GRIEVANCE_SATURATION));
        s.done();
        return g;
    }

    private static Behaviour.Trust trust(Section s) {
        Behaviour.Trust t = new Behaviour.Trust(s.number(TRUST_HOSTILE), s.number(TRUST_COOPERATIVE),
                s.number(TRUST_REVERSION));
        s.done();
        return t;
    }

    private static Behaviour.Restraint restraint(Section s) {
        Behaviour.Restraint r = new Behaviour.Restraint(s.number(RESTRAINT_INTERCEPT), s.number(RESTRAINT_TRUST),
                s.number(RESTRAINT_GRIEVANCE), s.number(RESTRAINT_TRADE), s.number(RESTRAINT_ADJUSTMENT));
        s.done();
        return r;
    }

    private static Behaviour.Violence violence(Section s) {
        Behaviour.Violence v = new Behaviour.Violence(s.number(HAVEN_EFFECT), s.number(HAVEN_RECRUITMENT),
                s.number(REVENGE_BOOST), s.number(REVENGE_HALF_LIFE), s.number(SECURITY_ATTACK_DEATHS),
                s.number(CIVILIAN_ATTACK_DEATHS), s.number(DISPERSION), s.number(EQUIPMENT_LETHALITY),
                s.number(SECURITY_VICTIM_SHARE), s.number(ATTACKERS_KILLED), s.number(OPS_KILLS),
                s.number(OPS_PRESSURE_GAIN), s.number(ATTRIBUTION), s.number(MASS_SHARE), s.number(MASS_MIN),
                s.number(MASS_MAX), s.number(MASS_EXPONENT));
        if (v.massCasualtyMaxDeaths() <= v.massCasualtyMinDeaths()) {
            s.problemAtKey(MASS_MAX.key(), String.valueOf(v.massCasualtyMaxDeaths()), "must be above "
                    + MASS_MIN.key() + " (" + v.massCasualtyMinDeaths() + ")");
        }
        s.done();
        return v;
    }

    private static Behaviour.Coercion coercion(Section s) {
        Behaviour.Coercion c = new Behaviour.Coercion(s.number(DEPORTATION_GAIN), s.number(STRIKE_THRESHOLD),
                s.number(STRIKE_TRUST_CEILING), s.number(STRIKE_DEATHS), s.number(STRIKE_MILITANT_SHARE),
                s.number(CLASH_DEATHS), s.number(CLASH_HOST_SHARE), s.number(RETALIATION_DELAY), s.number(TRADE_COST));
        s.done();
        return c;
    }

    private static Behaviour.Returns returns(Section s) {
        Behaviour.Returns r = new Behaviour.Returns(s.number(RETURNS_BACKGROUND), s.number(RETURNS_FEAR),
                s.number(RETURNS_FEAR_HALF_LIFE), s.number(RETURNS_THREAT), s.number(RETURNS_RISK_HALF_LIFE),
                s.number(RETURNS_SPILLOVER), s.number(RETURNS_YEARS), s.number(RETURNS_LIVELIHOOD), s.number(RETURNS_WARNING));
        s.done();
        return r;
    }

    private static Behaviour.Trade trade(Section s) {
        Behaviour.Trade t = new Behaviour.Trade(s.number(TRADE_DAILY), s.number(TRADE_TRUST), s.number(TRADE_RESIDUAL));
        s.done();
        return t;
    }

    /**
     * The excitation section, refused when the cascade could be supercritical: by Jensen's
     * inequality an attack triggers on average at most n × (1 + w × ln(1 + D̄/D₀)) attacks, where
     * D̄ = (1 − s) × max(μ_security, μ_civilian) × (1 + equipmentLethality) + s × D_max bounds the
     * mean deaths of an attack; that bound must stay below 1.
     */
    private static Behaviour.Excitation excitation(Section s, Behaviour.Violence v) {
        Behaviour.Excitation e = new Behaviour.Excitation(s.number(EXCITATION_BRANCHING), s.number(EXCITATION_MEMORY),
                s.number(EXCITATION_SIZE), s.number(EXCITATION_REVENGE));
        double bound = effectiveBranchingBound(e, v);
        if (bound >= 1) {
            s.problemAtKey(EXCITATION_SIZE.key(), String.valueOf(e.sizeWeight()), String.format(java.util.Locale.ROOT,
                    "with branchingRatio %s an attack could trigger up to %.2f attacks on average, and the "
                            + "attacks would multiply without end; the bound n × (1 + sizeWeight × ln(1 + D̄/D₀)) must "
                            + "stay below 1 (docs/ODD.md §7.19): lower branchingRatio or sizeWeight",
                    e.branchingRatio(), bound));
        }
        s.done();
        return e;
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
        Behaviour.Response r = new Behaviour.Response(s.number(RESPONSE_MEMORY), s.number(RESPONSE_THRESHOLD),
                s.number(RESPONSE_REACTIVITY), s.number(RESPONSE_PROVOCATION));
        s.done();
        return r;
    }

    private static Behaviour.Loops loops(Section s) {
        Behaviour.Loops l = new Behaviour.Loops(s.bool(LOOP_PRESSURE), s.bool(LOOP_COERCION), s.bool(LOOP_GRIEVANCE),
                s.bool(LOOP_HAVEN), s.bool(LOOP_DIPLOMACY), s.bool(LOOP_TRADE), s.bool(LOOP_STRIKE),
                s.bool(LOOP_EQUIPMENT), s.bool(LOOP_EXCITATION), s.bool(LOOP_RESPONSE));
        s.done();
        return l;
    }
}
