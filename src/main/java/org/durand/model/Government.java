package org.durand.model;

import static org.durand.scenario.Scenario.DAYS_PER_YEAR;

import org.durand.scenario.Behaviour;
import org.durand.scenario.GovernmentSpec;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A government: its trust in and grievance against the other side, its domestic security
 * pressure, and the daily decisions that follow from them (mechanisms 2, 4 and 5). Both
 * governments run the same rules; their parameters make the host coerce and strike and the haven
 * host militants. Each day it may accuse, close the border, fire across it, strike, or reach out.
 */
public final class Government implements Steppable, Actor {

    private static final long serialVersionUID = 1L;

    /** Trust is kept inside (0, 1) so that its log-odds stay finite. */
    private static final double TRUST_FLOOR = 1e-6;

    private GovernmentSpec spec;
    private Behaviour behaviour;
    private final double initialTrust;
    private Government other;

    private double trust;
    private double grievance;
    private double pressure;
    private double restraint;
    private double hawkishness;
    /** The count of operations against the militants on its soil, × the reference count (§7.6). */
    private double opsTempo;
    private final AttackResponse response;
    private final Reciprocity reciprocity = new Reciprocity();
    /** Days (from the start) on which an answer to force is already planned (at most one a day). */
    private final java.util.BitSet answerDays = new java.util.BitSet();

    Government(GovernmentSpec spec, Behaviour behaviour) {
        this.spec = spec;
        this.behaviour = behaviour;
        this.initialTrust = spec.trust();
        this.trust = spec.trust();
        this.grievance = spec.grievance();
        this.pressure = spec.pressure();
        this.restraint = spec.restraint();
        this.hawkishness = spec.hawkishness();
        this.opsTempo = spec.opsTempo();
        // the alarm starts where the initial pressure's deaths would hold it: pressure is the same
        // deaths remembered over halfLife/ln 2 days, the alarm over memoryDays
        double pressureMemory = behaviour.pressure().halfLifeDays() / Math.log(2);
        this.response = new AttackResponse(spec.pressure() * behaviour.response().memoryDays() / pressureMemory);
    }

    void setOther(Government other) {
        this.other = other;
    }

    /**
     * Takes a re-read scenario's live values; hawkishness and the count of operations follow the
     * new value if it changed (so a count the timeline set stays until the value itself changes).
     */
    void renew(GovernmentSpec next, Behaviour nextBehaviour) {
        if (next.hawkishness() != spec.hawkishness()) {
            setHawkishness(next.hawkishness());
        }
        if (next.opsTempo() != spec.opsTempo()) {
            opsTempo = next.opsTempo();
        }
        spec = next;
        behaviour = nextBehaviour;
    }

    @Override
    public void step(SimState state) {
        TensionModel m = (TensionModel) state;
        if (answerDays.get(m.day())) {
            answerDays.clear(m.day());
            CrossBorder.answer(m, this);       // the answer to force planned for today comes first
        }
        Draws draws = m.draws();
        double drive = drive();
        // coercion is costlier when trade is at stake: ÷ (1 + tradeCost × tie), tie = trade / normal trade
        double cost = behaviour.loops().tradeTies() ? 1 + behaviour.coercion().tradeCost() * m.border().tie() : 1;
        double alarmed = 1 + responseLevel();
        double answered = reciprocityFactor();
        double hostility = hawkishness * drive * (1 - trust) / cost * alarmed * answered;
        if (draws.chance(spec.accusationsPerYear() / DAYS_PER_YEAR * hostility)) {
            m.emit(EventType.ACCUSATION, this, other, 1.0, "");
        }
        if (draws.chance(spec.closuresPerYear() / DAYS_PER_YEAR * hostility) && !m.spinningUp()) {
            m.border().closeMain(m, this, 1 + draws.poisson(spec.closureMeanDays() - 1));
        }
        // a ceasefire stops force of the governments' own choosing, without changing the draws made
        boolean ceasefire = m.isCeasefire();
        if (draws.chance(spec.clashesPerYear() / DAYS_PER_YEAR * hostility) && !ceasefire) {
            m.clash(this, 1.0);
        }
        Behaviour.Coercion c = behaviour.coercion();
        if (drive >= c.strikeDriveThreshold() && trust <= c.strikeTrustCeiling()
                && draws.chance(spec.strikesPerYear() / DAYS_PER_YEAR * hawkishness / cost * alarmed * answered)
                && !ceasefire) {
            m.airStrike(this, "", 1.0);
        }
        // openness to contact: from half the base rate with no trust to 1.5 times with full trust, and
        // less when a hawkish government is driven to act against the other side; answered in kind
        double openness = (0.5 + trust) * (1 - hawkishness * drive) / answered;
        if (draws.chance(spec.engagementsPerYear() / DAYS_PER_YEAR * openness)) {
            m.emit(EventType.CONSULT, this, other, 1.0, "");
        }
    }

    /**
     * The count of operations this government runs against the militants on its soil, × the
     * reference count: {@code governments.*.opsTempo} at the start, then what the timeline's
     * {@code operations} entries record (docs/ODD.md §7.6, §7.18).
     *
     * @return ≥ 0
     */
    public double getOpsTempo() {
        return opsTempo;
    }

    /** From today the count of operations is {@code tempo} × the reference count (an {@code operations} entry). */
    void setOpsTempo(double tempo) {
        opsTempo = tempo;
    }

    /**
     * The urge to act against the other side, 0–1: saturating pressure and grievance combined as
     * independent drives, 1 − (1 − s(P))(1 − s(G)).
     */
    public double drive() {
        double sp = behaviour.loops().pressureCoercion() ? pressure / (pressure + behaviour.pressure().halfSaturation())
                : 0;
        double sg = grievance / (grievance + behaviour.grievance().halfSaturation());
        return 1 - (1 - sp) * (1 - sg);
    }

    /** Saturated grievance s(G) in [0, 1). */
    double saturatedGrievance() {
        return grievance / (grievance + behaviour.grievance().halfSaturation());
    }

    /**
     * A hostile act of the other side (or attributed to it), in Goldstein units × magnitude:
     * grievance += perHostileUnit × units (unless the act is coercion and the coercion → grievance
     * loop is cut); logit(trust) −= trust.perHostileUnit × units.
     *
     * @param coercive whether the other government itself acted (not an attack laid at its door)
     */
    void sufferHostile(double units, boolean coercive) {
        if (!coercive || behaviour.loops().coercionGrievance()) {
            grievance += behaviour.grievance().perHostileUnit() * units;
        }
        trust = shiftLogOdds(trust, -behaviour.trust().perHostileUnit() * units);
    }

    /**
     * A cooperative contact with the other side, in Goldstein units × magnitude, the mirror of
     * {@link #sufferHostile}: grievance −= perCooperativeUnit × units (not below 0);
     * logit(trust) += trust.perCooperativeUnit × units. Nothing changes when the diplomacy → trust
     * loop is cut.
     */
    void shareCooperative(double units) {
        if (!behaviour.loops().diplomacyTrust()) {
            return;
        }
        grievance = Math.max(0, grievance - behaviour.grievance().perCooperativeUnit() * units);
        trust = shiftLogOdds(trust, behaviour.trust().perCooperativeUnit() * units);
    }

    /** {@code p} moved by {@code delta} in log-odds, kept inside (0, 1). */
    static double shiftLogOdds(double p, double delta) {
        double q = Math.min(1 - TRUST_FLOOR, Math.max(TRUST_FLOOR, p));
        double logit = Math.log(q / (1 - q)) + delta;
        return Math.min(1 - TRUST_FLOOR, Math.max(TRUST_FLOOR, 1 / (1 + Math.exp(-logit))));
    }

    void addGrievance(double amount) {
        grievance += amount;
    }

    void addPressure(double amount) {
        pressure += amount;
    }

    /**
     * Deaths on the government's own soil, in fatality-equivalents: they raise its pressure and
     * its alarm (mechanism 1 and the attack-triggered response, ODD §7.20).
     */
    void sufferDeaths(double fatalityEquivalents) {
        pressure += fatalityEquivalents;
        response.record(fatalityEquivalents);
    }

    /**
     * The response to recent deaths on its soil, 0 … {@code response.reactivity} (0 when the
     * attack-response loop is cut): hostility, the strike hazard, the operations tempo and the
     * answers to force are × (1 + level).
     */
    public double responseLevel() {
        return behaviour.loops().attackResponse() ? response.level(behaviour.response()) : 0;
    }

    /**
     * The factor on its hostile hazards from what the other government did to it lately (ODD
     * §7.23), in [1/(1 + cooperativeGain), 1 + hostileGain]; its openness to contact is divided by
     * it. 1 when the reciprocity loop is cut.
     */
    public double reciprocityFactor() {
        return behaviour.loops().reciprocity() ? reciprocity.hostilityFactor(behaviour.reciprocity()) : 1;
    }

    /** A hostile act of the other government aimed at this one, remembered to be answered (ODD §7.23). */
    void rememberHostile(double units) {
        reciprocity.hostile(units);
    }

    /** A cooperative act between the two governments, remembered to be answered (ODD §7.23). */
    void rememberCooperative(double units) {
        reciprocity.cooperative(units);
    }

    /** Hostile Goldstein units of the other government's acts remembered (ODD §7.23), ≥ 0. */
    public double getHostilityReceived() {
        return reciprocity.hostileMemory();
    }

    /** Cooperative Goldstein units exchanged with the other government remembered (ODD §7.23), ≥ 0. */
    public double getCooperationShared() {
        return reciprocity.cooperativeMemory();
    }

    /**
     * Plans an answer to force on {@code day} (days from the start), taken at the start of this
     * government's step that day; an answer already planned that day absorbs it (the answers merge
     * into one act).
     */
    void planAnswer(int day) {
        answerDays.set(day);
    }

    /** Alarm: the fatality-equivalents on its soil of the last weeks (ODD §7.20). */
    public double getAlarm() {
        return response.alarm();
    }

    /**
     * End-of-day relaxation: grievance and pressure decay, trust reverts, restraint adjusts toward
     * logistic(intercept + trustWeight·trust − grievanceWeight·s(G) + tradeWeight·(tie − 1)).
     *
     * @param tie today's trade over normal trade (1 with every crossing open at the initial trust)
     */
    void relax(double tie) {
        grievance *= Math.pow(0.5, 1.0 / behaviour.grievance().halfLifeDays());
        pressure *= Math.pow(0.5, 1.0 / behaviour.pressure().halfLifeDays());
        response.endOfDay(behaviour.response());
        reciprocity.endOfDay(behaviour.reciprocity());
        double revert = 1 - Math.pow(0.5, 1.0 / behaviour.trust().reversionHalfLifeDays());
        trust += (initialTrust - trust) * revert;
        Behaviour.Restraint r = behaviour.restraint();
        Behaviour.Loops loops = behaviour.loops();
        double logit = r.intercept() + r.trustWeight() * trust
                - (loops.grievanceRestraint() ? r.grievanceWeight() * saturatedGrievance() : 0)
                + (loops.tradeTies() ? r.tradeWeight() * (tie - 1) : 0);
        double target = 1 / (1 + Math.exp(-logit));
        restraint += (target - restraint) / r.adjustmentDays();
    }

    @Override
    public String label() {
        return spec.name();
    }

    public Government other() {
        return other;
    }

    public GovernmentSpec spec() {
        return spec;
    }

    /** Trust in the other government, 0–1. */
    public double getTrust() {
        return trust;
    }

    /** Grievance against the other government, Goldstein-weighted units. */
    public double getGrievance() {
        return grievance;
    }

    /** Domestic security pressure, fatality-equivalents. */
    public double getPressure() {
        return pressure;
    }

    /** Restraint of the militants it hosts, 0–1 (meaningful for the haven). */
    public double getRestraint() {
        return restraint;
    }

    /** Propensity to answer pressure and grievance with force, 0–1. */
    public double getHawkishness() {
        return hawkishness;
    }

    public void setHawkishness(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("hawkishness must be between 0 and 1, got " + value);
        }
        hawkishness = value;
    }

    public Object domHawkishness() {
        return new sim.util.Interval(0.0, 1.0);
    }

    public String desHawkishness() {
        return "Propensity of " + spec.name() + " to answer pressure and grievance with force (0–1).";
    }
}
