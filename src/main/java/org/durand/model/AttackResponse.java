package org.durand.model;

import java.io.Serializable;

import org.durand.scenario.Behaviour;

/**
 * A government's response to the deaths on its own soil (ODD §7.20): its alarm is the
 * fatality-equivalents of attacks, operations, clashes and strikes on its soil of the last weeks, alarm(t + 1) = δ × alarm(t) +
 * deaths(t) with δ = 1 − 1/memoryDays, so a steady toll of x a day holds the alarm at
 * memoryDays × x, and a single toll is remembered memoryDays days on average. The
 * response level {@link Behaviour.Response#level} multiplies its hostility (accusations,
 * closures, clashes of its own choosing), its strike hazard, its operations tempo and its answers
 * to force by 1 + level. This is the attack-triggered reaction of the record: strikes two
 * days after Mir Ali (March 2024) and within weeks of the deadliest months (December 2024).
 */
final class AttackResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    private double alarm;
    private double today;

    /** A response whose alarm starts at {@code alarm} (the steady state of the deaths before the run). */
    AttackResponse(double alarm) {
        this.alarm = alarm;
    }

    /** Alarm, fatality-equivalents (≥ 0). */
    double alarm() {
        return alarm;
    }

    /** Today's response level, 0 … reactivity. */
    double level(Behaviour.Response r) {
        return r.level(alarm);
    }

    /** Deaths on the government's soil, in fatality-equivalents. */
    void record(double fatalityEquivalents) {
        today += fatalityEquivalents;
    }

    /** End of the day: the alarm decays and takes the day's deaths. */
    void endOfDay(Behaviour.Response r) {
        alarm = (1 - 1 / r.memoryDays()) * alarm + today;
        today = 0;
    }
}
