package org.durand.scenario;

/** Reads the {@code behaviour:} section; one method per mechanism group. */
final class BehaviourReader {

    private static final double BIG = 1e12;

    private BehaviourReader() {
    }

    static Behaviour read(Section b) {
        Behaviour out = new Behaviour(pressure(b.section("pressure")), grievance(b.section("grievance")),
                trust(b.section("trust")), restraint(b.section("restraint")), violence(b.section("violence")),
                coercion(b.section("coercion")), returns(b.section("returns")), trade(b.section("trade")));
        b.done();
        return out;
    }

    private static Behaviour.Pressure pressure(Section s) {
        Behaviour.Pressure p = new Behaviour.Pressure(s.number("perFatality", 0, BIG), s.number("securityWeight", 0, 100),
                s.number("perThousandReturnees", 0, BIG), s.number("halfLifeDays", 1, 3650),
                s.number("halfSaturation", 1e-9, BIG));
        s.done();
        return p;
    }

    private static Behaviour.Grievance grievance(Section s) {
        Behaviour.Grievance g = new Behaviour.Grievance(s.number("perHostileUnit", 0, BIG),
                s.number("reliefPerCooperativeUnit", 0, 1), s.number("perThousandReturned", 0, BIG),
                s.number("perClosedDay", 0, BIG), s.number("halfLifeDays", 1, 3650), s.number("halfSaturation", 1e-9, BIG));
        s.done();
        return g;
    }

    private static Behaviour.Trust trust(Section s) {
        Behaviour.Trust t = new Behaviour.Trust(s.number("gainPerCooperativeUnit", 0, 1),
                s.number("lossPerHostileUnit", 0, 1), s.number("reversionHalfLifeDays", 1, 36500));
        s.done();
        return t;
    }

    private static Behaviour.Restraint restraint(Section s) {
        Behaviour.Restraint r = new Behaviour.Restraint(s.number("intercept", -50, 50), s.number("trustWeight", 0, 50),
                s.number("grievanceWeight", 0, 50), s.number("adjustmentDays", 1, 3650));
        s.done();
        return r;
    }

    private static Behaviour.Violence violence(Section s) {
        Behaviour.Violence v = new Behaviour.Violence(s.number("havenEffect", 0, 100),
                s.number("havenRecruitmentEffect", 0, 100), s.number("revengeBoost", 0, 100),
                s.number("revengeHalfLifeDays", 1, 3650), s.number("securityAttackFatalities", 0, 1000),
                s.number("civilianAttackFatalities", 0, 1000), s.number("dispersion", 0.01, 1000),
                s.number("equipmentLethality", 0, 100), s.number("securityVictimShare", 0, 1),
                s.number("attackersKilledPerAttack", 0, 100), s.number("opsKillsPerFighterYear", 0, 100),
                s.number("opsPressureGain", 0, 100), s.number("attribution", 0, 1));
        s.done();
        return v;
    }

    private static Behaviour.Coercion coercion(Section s) {
        Behaviour.Coercion c = new Behaviour.Coercion(s.number("deportationPressureGain", 0, 100),
                s.number("strikeDriveThreshold", 0, 1), s.number("strikeTrustCeiling", 0, 1),
                s.number("strikeDeaths", 0, 10_000), s.number("strikeMilitantShare", 0, 1),
                s.number("clashFatalities", 0, 10_000),
                s.number("retaliationDelayDays", 0, 365));
        s.done();
        return c;
    }

    private static Behaviour.Returns returns(Section s) {
        Behaviour.Returns r = new Behaviour.Returns(s.number("backgroundPerYear", 0, 1), s.number("fearPerDay", 0, 1),
                s.number("fearHalfLifeDays", 1, 3650), s.number("threatWeight", 0, 1000),
                s.number("riskHalfLifeDays", 1, 3650), s.number("spillover", 0, 1), s.number("yearsEffect", 0, 10), s.number("livelihoodFactor", 0, 10));
        s.done();
        return r;
    }

    private static Behaviour.Trade trade(Section s) {
        Behaviour.Trade t = new Behaviour.Trade(s.number("dailyValueUsd", 0, BIG), s.number("trustElasticity", 0, 100),
                s.number("closedResidualShare", 0, 1));
        s.done();
        return t;
    }
}
