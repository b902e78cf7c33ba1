package org.durand.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of entry a scenario's timeline may pin, declared once: a scenario file names one by
 * its {@link #id()} ({@code type: closure}), and {@link TimelineAction} holds one record per kind
 * with the values that kind carries. The scenario reader, the model's timeline and the charts
 * each handle every kind in a switch without a default, so a kind added here does not compile
 * until each of them says what to do with it.
 *
 * <p>To add a kind: a constant here, its record in {@link TimelineAction} (with {@code kind()}
 * returning the constant), then what the compiler asks for: the keys the reader reads for it and
 * the record it builds ({@code TimelineEntries}), what the model does on its day
 * ({@code org.durand.model.Timeline}) and whether the charts mark it
 * ({@code org.durand.chart.MarkedKind}); and its row in {@code docs/ODD.md} §7.18.
 */
public enum TimelineKind {
    VISIT, TALKS, AGREEMENT, CLOSURE, REOPEN, STRIKE, CLASH, ACCUSATION, THREAT, INTERDICTION, CEASEFIRE, ATTACK,
    COMMUNAL, OPERATIONS, SET;

    private static final List<String> IDS = Arrays.stream(values()).map(TimelineKind::id).toList();

    /** The name scenario files and run manifests give this kind: its constant in lower case ({@code closure}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every kind's {@link #id()}, in declaration order: the values {@code timeline.*.type} allows. */
    public static List<String> ids() {
        return IDS;
    }

    /** The kind named {@code id}, or empty when no kind has that name (as in a manifest from another version). */
    public static Optional<TimelineKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
