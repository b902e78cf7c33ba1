package org.durand.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.durand.scenario.ParameterValues;
import org.durand.scenario.Scenario;

/**
 * What a user changes while a run is under way: the interventions asked for and not yet applied,
 * the end of a ceasefire, and the hand-over of a re-read scenario's live values to the agents.
 * Part of the model's state, so checkpoints carry it.
 */
final class LiveControl implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Intervention> pending = new ArrayList<>();
    private int ceasefireUntil = -1;
    private double ceasefireFactor = 1;

    /** Queues {@code what} for the start of the next day; safe to call from another thread. */
    synchronized void request(Intervention what) {
        pending.add(Objects.requireNonNull(what, "intervention"));
    }

    /** The interventions asked for and not yet applied, in the order asked. */
    synchronized List<Intervention> pending() {
        return List.copyOf(pending);
    }

    /** Whether a ceasefire holds on {@code day}. */
    boolean ceasefire(int day) {
        return day < ceasefireUntil;
    }

    /** Clears the queue and any ceasefire (a new run). */
    synchronized void reset() {
        pending.clear();
        ceasefireUntil = -1;
        ceasefireFactor = 1;
    }

    /**
     * A ceasefire agreed by {@code by} for {@code days} days from today: no government strikes or
     * fires across the border of its own accord (pinned events still happen), retaliation is
     * suspended, and the attack rates of the groups the haven hosts are multiplied by
     * {@code factor} (0–1): the haven reins them in. Announced as a YIELD event (CAMEO 080).
     */
    void ceasefire(TensionModel m, Government by, int days, double factor, double magnitude) {
        synchronized (this) {
            ceasefireUntil = Math.max(ceasefireUntil, m.day() + days);
            ceasefireFactor = factor;
        }
        m.emit(EventType.YIELD, by, by.other(), magnitude, "");
    }

    /** Factor on hosted groups' attack rates on {@code day}: the ceasefire's while one holds, else 1. */
    double attackFactor(int day) {
        return ceasefire(day) ? ceasefireFactor : 1;
    }

    /** Applies and clears the queue (the timeline phase of the day, after its pinned events). */
    void applyPending(TensionModel m) {
        List<Intervention> now;
        synchronized (this) {
            now = List.copyOf(pending);
            pending.clear();
        }
        Government host = m.host();
        for (Intervention what : now) {
            switch (what) {
                case VISIT -> m.emit(EventType.VISIT, host, host.other(), 1.0, "");
                case TALKS -> m.emit(EventType.TALKS, host, host.other(), 1.0, "");
                case CLOSE_BORDER -> m.border().closeAll(m, host, Intervention.CLOSURE_DAYS);
                case REOPEN_BORDER -> m.border().reopen(m, -1, host, 1.0);
                case STRIKE -> m.airStrike(host, "", 1.0);
                case CEASEFIRE -> ceasefire(m, host, Intervention.CEASEFIRE_DAYS, Intervention.CEASEFIRE_ATTACK_FACTOR, 1.0);
            }
        }
    }

    /**
     * The path of the first value that differs between {@code before} and {@code after} although
     * its parameter is not live, or null when only live values differ (or nothing does).
     */
    static String firstFixedDifference(ParameterValues before, ParameterValues after) {
        Map<String, String> a = before.asMap();
        Map<String, String> b = after.asMap();
        for (ParameterValues.Value v : after.list()) {
            if (!v.parameter().live() && !v.value().equals(a.get(v.path()))) {
                return v.path();
            }
        }
        for (String path : a.keySet()) {
            if (!b.containsKey(path)) {
                return path;
            }
        }
        return null;
    }

    /** Hands the live values of {@code next} to the agents of a running model. */
    static void handOver(TensionModel m, Scenario next) {
        m.host().renew(next.host(), next.behaviour());
        m.haven().renew(next.haven(), next.behaviour());
        for (MilitantGroup g : m.groups()) {
            g.renew(next.groups().get(g.id()));
        }
        m.tension().renew(next.tension());
        m.population().renew(next.behaviour().returns());
        m.timeline().renew(next, m.population());
    }
}
