package org.durand.model;

import java.io.Serializable;

import org.durand.scenario.Behaviour;

/**
 * What happens to the governments' state, the tension index and the day's tally when an event is
 * emitted, an attack kills, an operation, strike or clash is fought, or refugees return (mechanisms 1, 3 and
 * 4 of {@code docs/ODD.md}). Agents report here; {@link TensionModel#emit} applies an event's
 * effects here before it logs the event.
 */
final class Consequences implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TensionModel m;
    private long totalDeported;
    private long totalReturned;

    Consequences(TensionModel m) {
        this.m = m;
    }

    /** The mechanisms' parameters in force (they follow a live change of the scenario). */
    private Behaviour b() {
        return m.scenario().behaviour();
    }

    /**
     * A cooperative event between the governments raises both sides' trust and relieves their
     * grievance; a hostile one aimed at a government adds to its grievance and erodes its trust (a
     * militant attack counts in proportion to its attribution to the haven). Events between the
     * two governments, and only those, enter the dyad's Goldstein series and the tension index,
     * as event data would record them. Units are |Goldstein weight| × magnitude.
     */
    void ofEvent(EventType type, Actor actor, Actor target, double magnitude) {
        double units = Math.abs(type.goldstein()) * magnitude;
        boolean bilateral = actor instanceof Government && target instanceof Government;
        if (bilateral) {
            m.today().goldstein += type.goldstein() * magnitude;
            m.tension().add(type.goldstein() * magnitude);
        }
        if (type.cooperative() && bilateral) {
            m.host().shareCooperative(units);
            m.haven().shareCooperative(units);
            m.host().rememberCooperative(units);
            m.haven().rememberCooperative(units);
            m.today().diplomatic++;
        } else if (type.goldstein() < 0 && target instanceof Government victim) {
            if (bilateral) {
                victim.rememberHostile(units);
            }
            double weight = bilateral ? 1 : attributed(actor) ? b().violence().attribution() : 0;
            if (weight > 0) {
                victim.sufferHostile(units * weight, bilateral);
            }
        }
    }

    /** Attacks by groups with a haven are laid at the haven government's door. */
    private static boolean attributed(Actor actor) {
        return actor instanceof MilitantGroup g && g.spec().haven();
    }

    /**
     * An attack by {@code group} in {@code province}: its dead are counted and the host's pressure
     * and alarm rise with them. An attack by a group the haven hosts is also an act of force
     * attributed to the haven, which the host may answer ({@link CrossBorder#provoke}) with the
     * weight attribution × s²/(s² + K²), s the security personnel killed and K =
     * {@code response.provocationDeaths}: an attack that kills K soldiers provokes half as surely
     * as an air strike would (times the attribution), a routine one hardly at all.
     */
    void attack(MilitantGroup group, int province, int security, int civilian, int attackers) {
        DayTally t = m.today();
        t.security[province] += security;
        t.civilian[province] += civilian;
        t.militant[province] += attackers;
        t.attacks++;
        Behaviour.Pressure p = b().pressure();
        m.host().sufferDeaths(p.perFatality() * (p.securityWeight() * security + civilian));
        if (group != null && group.spec().haven() && security > 0) {
            double k = b().response().provocationDeaths();
            double s2 = (double) security * security;
            CrossBorder.provoke(m, m.host(), m.haven(), b().violence().attribution() * s2 / (s2 + k * k));
        }
    }

    /**
     * Communal violence the timeline pins ({@link org.durand.scenario.TimelineAction.Communal}):
     * {@code deaths} civilians killed in {@code province}, counted in the toll and in nothing else.
     * No attack is counted, no group or government is its author, and the host's pressure and
     * alarm do not take them: what they drive (operations against the militant groups, hostility
     * and force towards the haven) is not how a state answers a feud between tribes and sects.
     */
    void communal(int province, int deaths) {
        m.today().civilian[province] += deaths;
    }

    /**
     * A border clash: the host's security dead count in {@code province}, the haven's as haven
     * security deaths; each side's pressure rises with its own security dead.
     */
    void clash(int province, int hostDeaths, int havenDeaths) {
        Behaviour.Pressure p = b().pressure();
        m.today().security[province] += hostDeaths;
        m.today().havenSecurity += havenDeaths;
        m.host().sufferDeaths(p.perFatality() * p.securityWeight() * hostDeaths);
        m.haven().sufferDeaths(p.perFatality() * p.securityWeight() * havenDeaths);
        m.today().clashes++;
    }

    /**
     * An air strike on {@code target}'s soil killing {@code militants} fighters and {@code others}
     * other people: its pressure rises with the dead who are not fighters. On the haven's soil they
     * are counted as haven fatalities; on the host's, as civilians in {@code province}.
     */
    void airStrike(Government target, int militants, int others, int province) {
        DayTally t = m.today();
        t.airStrikes++;
        if (target == m.haven()) {
            t.havenMilitant += militants;
            t.havenCivilian += others;
        } else {
            t.militant[province] += militants;
            t.civilian[province] += others;
        }
        target.sufferDeaths(b().pressure().perFatality() * others);
    }

    /**
     * A day's counter-militant operations in {@code province}: {@code killed} militants and
     * {@code fallen} security personnel dead. The host's pressure and alarm rise with its own
     * dead, as after an attack; no act of the haven is implied.
     */
    void operation(int province, int killed, int fallen) {
        m.today().militant[province] += killed;
        if (fallen > 0) {
            m.today().security[province] += fallen;
            Behaviour.Pressure p = b().pressure();
            m.host().sufferDeaths(p.perFatality() * p.securityWeight() * fallen);
        }
    }

    /**
     * Returns of the day: they raise the haven's grievance and pressure. They are not events
     * between the governments: event data score a deportation policy when it is announced,
     * started, stepped up or suspended (the timeline's phases), not each day's persons.
     */
    void returns(long deported, long pressured) {
        DayTally t = m.today();
        t.deported += deported;
        t.pressured += pressured;
        totalDeported += deported;
        totalReturned += pressured;
        burdenHaven(deported + pressured);
    }

    /**
     * The effect on the haven of {@code persons} returning in a day of the spin-up (ODD §5): its
     * grievance and pressure rise as with {@link #returns}, but no household leaves and nothing is
     * counted, so the refugee stocks stay the observed ones of the start.
     */
    void backgroundReturns(double persons) {
        burdenHaven(persons);
    }

    /** {@code persons} returned to the haven: its grievance (coercion → grievance loop) and pressure rise per thousand. */
    private void burdenHaven(double persons) {
        double thousands = persons / 1000.0;
        if (b().loops().coercionGrievance()) {
            m.haven().addGrievance(b().grievance().perThousandReturned() * thousands);
        }
        m.haven().addPressure(b().pressure().perThousandReturnees() * thousands);
    }

    /** The border's state of the day: whether any crossing was closed, and the trade that passed. */
    void border(boolean anyClosed, double tradeUsd) {
        m.today().borderClosed = anyClosed;
        m.today().tradeUsd = tradeUsd;
    }


    long totalDeported() {
        return totalDeported;
    }

    long totalReturned() {
        return totalReturned;
    }
}
