package org.durand.model;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.durand.scenario.PolicyPhase;
import org.durand.scenario.Scenario;
import org.durand.scenario.TimelineAction;
import org.durand.scenario.TimelineEntry;
import org.durand.scenario.TimelineKind;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Applies what the scenario pins to dates: the announcement of a phase's deadline, the start of
 * each repatriation phase and the timeline's entries of every kind (repeated ones expanded to
 * every occurrence), then the interventions a user asked for since yesterday
 * ({@link TensionModel#request}). Runs each day right after dawn ({@link TensionModel#ORDER_TIMELINE}).
 */
public final class Timeline implements Steppable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<Integer, List<TimelineEntry>> entries = new TreeMap<>();
    private final TreeMap<Integer, PolicyPhase> phases = new TreeMap<>();
    private final TreeMap<Integer, PolicyPhase> announcements = new TreeMap<>();
    private PolicyPhase active;
    /** Whether the active phase targets anyone (a later phase that targets no one suspends the campaign). */
    private boolean campaigning;

    Timeline(Scenario scenario) {
        for (PolicyPhase p : scenario.phases()) {
            phases.put((int) Math.max(0, ChronoUnit.DAYS.between(scenario.start(), p.start())), p);
            if (p.announcedAhead() && !p.announced().isBefore(scenario.start())) {
                announcements.put((int) ChronoUnit.DAYS.between(scenario.start(), p.announced()), p);
            }
        }
        for (TimelineEntry e : scenario.timeline()) {
            for (var d = e.date(); !d.isAfter(e.until()) && !d.isAfter(scenario.end());
                 d = d.plusDays(Math.max(1, e.everyDays()))) {
                entries.computeIfAbsent((int) ChronoUnit.DAYS.between(scenario.start(), d), k -> new ArrayList<>()).add(e);
                if (e.everyDays() == 0) {
                    break;
                }
            }
        }
    }

    @Override
    public void step(SimState state) {
        TensionModel m = (TensionModel) state;
        PolicyPhase announced = announcements.get(m.day());
        if (announced != null) {
            announce(m, announced);
        }
        PolicyPhase phase = phases.get(m.day());
        if (phase != null && phase != active) {
            long ageDays = ChronoUnit.DAYS.between(phase.start(), m.date());
            double fear = Math.pow(0.5, ageDays / m.scenario().behaviour().returns().fearHalfLifeDays());
            active = phase;
            beginPhase(m, phase, fear);
        }
        for (TimelineEntry e : entries.getOrDefault(m.day(), List.of())) {
            apply(m, e);
        }
        m.applyRequested();
    }

    /**
     * Takes the live values of {@code next} (same phases, same dates): the phases' capacities,
     * and the active phase's capacity handed to {@code population} at once.
     */
    void renew(Scenario next, RefugeePopulation population) {
        for (PolicyPhase p : next.phases()) {
            phases.replaceAll((day, old) -> old.id().equals(p.id()) ? p : old);
            if (active != null && active.id().equals(p.id())) {
                active = p;
                population.setCapacity(p.capacityPerDay());
            }
        }
    }

    /**
     * Makes {@code action} happen today. The switch is an expression, each kind yielding its
     * effect, so that a kind added to {@link TimelineKind} does not compile until it has a case
     * here.
     */
    private static void apply(TensionModel m, TimelineEntry entry) {
        TimelineAction action = entry.action();
        Runnable effect = switch (action.kind()) {
            case VISIT -> {
                var a = (TimelineAction.Visit) action;
                yield () -> emitBetween(m, EventType.VISIT, a.actor(), a.magnitude());
            }
            case TALKS -> {
                var a = (TimelineAction.Talks) action;
                yield () -> emitBetween(m, a.failed() ? EventType.REJECT : EventType.TALKS, a.actor(), a.magnitude());
            }
            case AGREEMENT -> {
                var a = (TimelineAction.Agreement) action;
                yield () -> {
                    emitBetween(m, EventType.AGREEMENT, a.actor(), a.magnitude());
                    m.border().multiplyTrade(a.tradeMultiplier());
                };
            }
            case CLOSURE -> {
                var a = (TimelineAction.Closure) action;
                yield () -> m.border().close(m, m.border().indexOf(a.crossing()), actor(m, a.actor()), a.days(),
                        a.magnitude());
            }
            case REOPEN -> {
                var a = (TimelineAction.Reopen) action;
                int crossing = a.crossing().isEmpty() ? -1 : m.border().indexOf(a.crossing());
                yield () -> m.border().reopen(m, crossing, actor(m, a.actor()), a.magnitude());
            }
            case STRIKE -> {
                var a = (TimelineAction.Strike) action;
                yield () -> m.airStrike(actor(m, a.actor()), a.group(), a.magnitude());
            }
            case CLASH -> {
                var a = (TimelineAction.Clash) action;
                yield () -> m.clash(actor(m, a.actor()), a.magnitude());
            }
            case ACCUSATION -> {
                var a = (TimelineAction.Accusation) action;
                yield () -> emitBetween(m, EventType.ACCUSATION, a.actor(), a.magnitude());
            }
            case THREAT -> {
                var a = (TimelineAction.Threat) action;
                yield () -> emitBetween(m, EventType.THREAT, a.actor(), a.magnitude());
            }
            case INTERDICTION -> {
                var a = (TimelineAction.Interdiction) action;
                yield () -> m.interdict(actor(m, a.actor()), a.group(), a.share());
            }
            case CEASEFIRE -> {
                var a = (TimelineAction.Ceasefire) action;
                yield () -> m.live().ceasefire(m, actor(m, a.actor()), a.days(), a.attackFactor(), a.magnitude());
            }
            case ATTACK -> () -> pinnedAttack(m, (TimelineAction.Attack) action);
            case COMMUNAL -> {
                var a = (TimelineAction.Communal) action;
                yield () -> m.consequences().communal(m.provinceIds().indexOf(a.province()), a.deaths());
            }
            case OPERATIONS -> {
                var o = (TimelineAction.Operations) action;
                yield () -> actor(m, o.actor()).setOpsTempo(o.tempo());
            }
            case SET -> () -> m.applySetting(entry.id());
        };
        effect.run();
    }

    /** The government a timeline entry names as its actor ({@code "host"} or {@code "haven"}). */
    private static Government actor(TensionModel m, String actor) {
        return actor.equals("host") ? m.host() : m.haven();
    }

    /** An event from the government {@code actor} names to the other one. */
    private static void emitBetween(TensionModel m, EventType type, String actor, double magnitude) {
        Government by = actor(m, actor);
        m.emit(type, by, by.other(), magnitude, "");
    }

    /**
     * A repatriation phase begins: its statuses are targeted with its capacity and the
     * households' fear pulse is {@code fear}. The policy is one dated event between the
     * governments, scored by its kind (Goldstein 1992), with the persons it targets as magnitude:
     * a mass expulsion (CAMEO 201) when it targets anyone with a positive capacity, an announced
     * deportation policy (CAMEO 174) when it targets persons before any capacity, and a yield
     * (CAMEO 080, magnitude 1) when it suspends a campaign that targeted persons.
     */
    private void beginPhase(TensionModel m, PolicyPhase phase, double fear) {
        boolean[] targets = statusesOf(m.population(), phase);
        long persons = personsOf(m.population(), targets);
        m.population().setPolicy(targets, phase.capacityPerDay(), fear);
        if (persons > 0) {
            m.emit(phase.capacityPerDay() > 0 ? EventType.PHASE : EventType.DEPORTATION, m.host(), m.haven(),
                    Magnitude.ofPersons(persons), "");
        } else if (campaigning) {
            m.emit(EventType.YIELD, m.host(), m.haven(), 1.0, "");
        }
        campaigning = persons > 0;
    }

    /**
     * A phase's deadline is announced: the households of the statuses it will target are warned
     * ({@link RefugeePopulation#announce}), and the host's deportation policy is an event, CAMEO
     * 174 with the persons it will target as magnitude.
     */
    private static void announce(TensionModel m, PolicyPhase phase) {
        boolean[] warned = statusesOf(m.population(), phase);
        long persons = personsOf(m.population(), warned);
        m.population().announce(warned, (int) ChronoUnit.DAYS.between(m.scenario().start(), phase.deadline()));
        if (persons > 0) {
            m.emit(EventType.DEPORTATION, m.host(), m.haven(), Magnitude.ofPersons(persons), "");
        }
    }

    /** Which of the population's statuses {@code phase} targets, in the population's order. */
    private static boolean[] statusesOf(RefugeePopulation population, PolicyPhase phase) {
        List<String> ids = population.statusIds();
        boolean[] out = new boolean[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = phase.targets().contains(ids.get(k));
        }
        return out;
    }

    /** Persons present today in the statuses marked in {@code statuses}. */
    private static long personsOf(RefugeePopulation population, boolean[] statuses) {
        long persons = 0;
        for (int k = 0; k < statuses.length; k++) {
            persons += statuses[k] ? population.remaining(k) : 0;
        }
        return persons;
    }

    /**
     * An attack the timeline pins: its deaths killed by its group in its province, booked like the
     * group's own attacks (no attackers' deaths are added: the record's toll includes them).
     */
    private static void pinnedAttack(TensionModel m, TimelineAction.Attack a) {
        int p = m.provinceIds().indexOf(a.province());
        for (MilitantGroup g : m.groups()) {
            Cell c = g.id().equals(a.group()) ? g.cellIn(p) : null;
            if (c != null) {
                c.bookAttack(m, a.onSecurity(), a.deaths(), 0, p);
            }
        }
    }
}
