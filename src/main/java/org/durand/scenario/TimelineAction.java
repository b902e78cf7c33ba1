package org.durand.scenario;

import java.io.Serializable;

/**
 * What a timeline entry makes happen on its day: one record per {@link TimelineKind}, each with
 * only the values its kind uses. {@code actor} is {@code "host"} or {@code "haven"}, the
 * government that acts; {@code magnitude} is the size relative to a typical event of the kind
 * (1 = typical, 0 to 100). Every value was checked by the scenario reader: ids name what the
 * scenario defines, numbers lie in the ranges of {@link TimelineParameters}.
 */
public sealed interface TimelineAction extends Serializable {

    /** The kind this record is the values of. */
    TimelineKind kind();

    /** A high-level visit (CAMEO 042). */
    record Visit(String actor, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.VISIT;
        }
    }

    /**
     * Talks between the governments: negotiation (CAMEO 046), or a rejection (CAMEO 120) when
     * they {@code failed}.
     */
    record Talks(String actor, double magnitude, boolean failed) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.TALKS;
        }
    }

    /**
     * A signed agreement (CAMEO 057) that multiplies bilateral trade by {@code tradeMultiplier}
     * (0 to 10, 1 = no change) from its day on.
     */
    record Agreement(String actor, double magnitude, double tradeMultiplier) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.AGREEMENT;
        }
    }

    /**
     * A crossing closed for {@code days} days (0 to 3,650), or until a {@link Reopen} when
     * {@code days} is 0 ("until further notice").
     */
    record Closure(String actor, String crossing, int days, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.CLOSURE;
        }
    }

    /** Closed crossings opened again: {@code crossing}, or every crossing when it is empty. */
    record Reopen(String actor, String crossing, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.REOPEN;
        }
    }

    /**
     * A cross-border air strike on the bases of {@code group}, or of every group the other side
     * hosts when it is empty.
     */
    record Strike(String actor, String group, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.STRIKE;
        }
    }

    /** An exchange of fire across the border, started by {@code actor}. */
    record Clash(String actor, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.CLASH;
        }
    }

    /** A public accusation (CAMEO 112). */
    record Accusation(String actor, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.ACCUSATION;
        }
    }

    /** A threat of military force (CAMEO 138). */
    record Threat(String actor, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.THREAT;
        }
    }

    /**
     * A {@code share} (0 to 1) of the remaining advanced equipment of {@code group}, or of every
     * haven-based group when it is empty, removed.
     */
    record Interdiction(String actor, String group, double share) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.INTERDICTION;
        }
    }

    /**
     * A ceasefire agreed by {@code actor} for {@code days} days (1 to 3,650): the governments
     * neither strike nor fire of their own accord, and the attack rates of the groups the haven
     * hosts are multiplied by {@code attackFactor} (0 to 1).
     */
    record Ceasefire(String actor, int days, double attackFactor, double magnitude) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.CEASEFIRE;
        }
    }

    /**
     * An attack the record names: {@code deaths} (0 to 10,000, attackers included) killed by
     * {@code group} in {@code province}, on security forces when {@code onSecurity}, else on
     * civilians.
     */
    record Attack(String group, String province, int deaths, boolean onSecurity) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.ATTACK;
        }
    }

    /**
     * Communal violence the record names and the model has no agent for (tribal and sectarian
     * fighting, such as the Kurram land-dispute clashes): {@code deaths} (0 to 10,000) killed in
     * {@code province}, counted as civilians on the host's soil and in nothing else: no attack is
     * counted, no group is excited, the host's pressure and alarm do not take them, and nothing is
     * laid at the haven's door.
     */
    record Communal(String province, int deaths) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.COMMUNAL;
        }
    }

    /**
     * The count of operations the actor runs against the militants on its soil, as the record
     * gives it for a period: from this day it is {@code tempo} × the reference count
     * ({@code governments.*.opsTempo}'s unit), until the next such entry or a live change of that
     * value. It is the government's state, not a parameter: it changes nothing else.
     *
     * @param actor who runs the operations ({@code host}; the haven's count is read by nothing)
     * @param tempo × the reference count, 0 to 100
     */
    record Operations(String actor, double tempo) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.OPERATIONS;
        }
    }

    /**
     * A parameter that may change during a run given a new value from this day on.
     *
     * @param parameter the registry path it changes ({@code governments.host.hawkishness})
     * @param value     the value as written
     * @param setting   the scenario with every {@code set} up to this one applied, whose live
     *                  parameters the model takes on this day; null only while the reader has yet
     *                  to attach it
     */
    record SetParameter(String parameter, String value, Scenario setting) implements TimelineAction {
        @Override
        public TimelineKind kind() {
            return TimelineKind.SET;
        }
    }
}
