package org.durand.model;

import java.io.Serializable;

import org.durand.scenario.Behaviour;

/**
 * What a government remembers of the other government's acts, to answer them in kind (ODD §7.23):
 * K, the Goldstein units × magnitude of the hostile acts the other government aimed at it, and C,
 * the cooperative units exchanged between the two (a visit or talks is a joint event, so both
 * remember it). Each is a geometric memory, x(t + 1) = (1 − 1/memoryDays) · x(t) + units of day t,
 * so an act is remembered memoryDays days on average and a steady flow of u units a day holds the
 * memory at memoryDays · u. {@link Behaviour.Reciprocity#hostilityFactor} turns the two into the
 * factor on the government's hostile hazards, its inverse the factor on its openness to contact.
 * Attacks by militant groups are not the other government's acts and do not enter K.
 */
final class Reciprocity implements Serializable {

    private static final long serialVersionUID = 1L;

    private double hostile;
    private double cooperative;
    private double hostileToday;
    private double cooperativeToday;

    /** A hostile act of the other government aimed at this one, Goldstein units × magnitude (≥ 0). */
    void hostile(double units) {
        hostileToday += units;
    }

    /** A cooperative act between the two governments, Goldstein units × magnitude (≥ 0). */
    void cooperative(double units) {
        cooperativeToday += units;
    }

    /** Hostile units remembered, not counting today's acts until the end of the day. */
    double hostileMemory() {
        return hostile;
    }

    /** Cooperative units remembered, not counting today's acts until the end of the day. */
    double cooperativeMemory() {
        return cooperative;
    }

    /** The factor on hostile hazards of {@link Behaviour.Reciprocity#hostilityFactor} at today's memories. */
    double hostilityFactor(Behaviour.Reciprocity r) {
        return r.hostilityFactor(hostile, cooperative);
    }

    /** End of the day: both memories decay and take the day's acts. */
    void endOfDay(Behaviour.Reciprocity r) {
        double keep = 1 - 1 / r.memoryDays();
        hostile = keep * hostile + hostileToday;
        cooperative = keep * cooperative + cooperativeToday;
        hostileToday = 0;
        cooperativeToday = 0;
    }
}
