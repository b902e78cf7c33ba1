package org.durand.chart;

import java.util.Locale;
import java.util.Optional;

import org.durand.output.RunInfo;
import org.durand.scenario.TimelineKind;

/**
 * What the charts mark on their time axis, in legend order: the start of a policy phase and the
 * timeline kinds worth a marker. {@link #of(TimelineKind)} says for every kind whether it is
 * marked (no default), so a kind added to the scenario does not compile until it is given a
 * marker or none; {@link Palette#event} gives each marker its colour.
 */
enum MarkedKind {
    PHASE, CLOSURE, STRIKE, VISIT, TALKS, AGREEMENT, INTERDICTION;

    /** The name a run's manifest gives it: {@code phase}, or the timeline kind's id. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The letter that stands for it in a marker's label. */
    char initial() {
        return name().charAt(0);
    }

    /** The marker of a timeline entry of {@code kind}, or empty when such entries are not marked. */
    static Optional<MarkedKind> of(TimelineKind kind) {
        return Optional.ofNullable(switch (kind) {
            case CLOSURE -> CLOSURE;
            case STRIKE -> STRIKE;
            case VISIT -> VISIT;
            case TALKS -> TALKS;
            case AGREEMENT -> AGREEMENT;
            case INTERDICTION -> INTERDICTION;
            case REOPEN, CLASH, ACCUSATION, THREAT, CEASEFIRE, ATTACK, COMMUNAL, OPERATIONS, SET -> null;
        });
    }

    /**
     * The marker of an event a run pinned, or empty when it is not marked or its type is no kind
     * this version knows (a manifest written by another version).
     */
    static Optional<MarkedKind> of(RunInfo.PinnedEvent event) {
        return event.type().equals(PHASE.id()) ? Optional.of(PHASE)
                : TimelineKind.byId(event.type()).flatMap(MarkedKind::of);
    }
}
