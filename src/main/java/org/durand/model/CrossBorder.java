package org.durand.model;

import org.durand.scenario.Behaviour;

/**
 * Force across the border (mechanisms 5 and 6): air strikes on the militants the other side hosts,
 * the retaliation they may draw, border clashes, and interdiction of left-behind equipment.
 */
final class CrossBorder {

    private CrossBorder() {
    }

    /**
     * An air strike by {@code by}: it kills people on the other side's soil (a share of them fighters,
     * taken from the groups with a haven there when the other side is the haven), mobilises the
     * struck groups for revenge (and their lost fighters excite revenge attacks), and may draw
     * retaliation a few days later ({@link #provoke}).
     */
    static void airStrike(TensionModel m, Government by, String groupId, double magnitude) {
        Government target = by.other();
        Behaviour b = m.scenario().behaviour();
        Draws draws = m.draws();
        int deaths = draws.poisson(b.coercion().strikeDeaths() * magnitude);
        int fighters = 0;
        for (int i = 0; i < deaths; i++) {
            fighters += draws.chance(b.coercion().strikeMilitantShare()) ? 1 : 0;
        }
        int killed = 0;
        boolean retaliation = b.loops().strikeRetaliation();
        for (MilitantGroup g : m.groups()) {
            boolean hostedByTarget = target == m.haven() && g.spec().haven();
            if (hostedByTarget && (groupId.isEmpty() || g.id().equals(groupId))) {
                int lost = g.strikeLosses(draws, fighters - killed);
                g.lose(m, lost);
                killed += lost;
                if (retaliation) {
                    g.mobilise(b.violence().revengeBoost() * magnitude);
                }
            }
        }
        // fighters not found in a hosted group's ranks (none hosted there) count among the other dead
        int province = target == m.haven() ? 0 : m.provinceIds().indexOf(m.border().randomProvince(draws));
        m.consequences().airStrike(target, killed, deaths - killed, province);
        // the political weight is the air strike's size as recorded, not its death toll
        m.emit(EventType.AIR_STRIKE, by, target, magnitude, "");
        provoke(m, target, by, 1.0);
    }

    /**
     * An act of force across the border by {@code by} on {@code victim}'s soil (an air strike or a
     * clash {@code by} started, weight 1; an attack by militants {@code by} hosts, a smaller
     * weight, see {@link Consequences#attack}) may draw retaliation when the strike → retaliation
     * loop is on and no ceasefire holds: with q = retaliationProbability × weight × (0.5 + 0.5 ×
     * drive) of the victim (a calm government answers half as often as a fully driven one), it
     * answers with Bernoulli(q)
     * + Poisson(q × level) acts of force, level its response to the deaths on its soil (ODD §7.20),
     * each after 1 + Poisson(retaliationDelayDays − 1) days, at most one a day (answers due the same
     * day are one act of force, which bounds a spiral). The expected answers per act are
     * q × (1 + level), so two governments that answer each other form Richardson's action–reaction
     * loop, a spiral when the product of their answers per act exceeds 1 (ODD §7.21).
     */
    static void provoke(TensionModel m, Government victim, Government by, double weight) {
        Behaviour b = m.scenario().behaviour();
        if (!b.loops().strikeRetaliation() || m.isCeasefire() || m.spinningUp()) {
            return;
        }
        Draws draws = m.draws();
        double q = victim.spec().retaliationProbability() * weight * (0.5 + 0.5 * victim.drive());
        if (q <= 0) {
            return;
        }
        int answers = (draws.chance(q) ? 1 : 0) + draws.poisson(q * victim.responseLevel());
        for (int a = 0; a < answers; a++) {
            int delay = 1 + draws.poisson(Math.max(0, b.coercion().retaliationDelayDays() - 1));
            // a government answers at most once a day: answers due the same day are one act of force
            victim.planAnswer(m.day() + delay);
        }
    }

    /**
     * The act of force a provoked government takes on a day it planned an answer for (ODD §7.7),
     * at the start of its step in the governments phase; none during a ceasefire: an air strike on
     * the militants the other side hosts when it has the means to strike ({@code strikesPerYear}
     * &gt; 0), otherwise a border clash. Answers are kept as the government's planned days rather
     * than as steppables on MASON's schedule, so that the order of a day's acts never depends on
     * what else is scheduled (an observer attached, the GUI's windows).
     */
    static void answer(TensionModel m, Government by) {
        if (m.isCeasefire()) {
            return;
        }
        if (by.spec().strikesPerYear() > 0) {
            airStrike(m, by, "", 1.0);
        } else {
            clash(m, by, 1.0);
        }
    }

    /**
     * A border clash started by {@code by}, at a crossing drawn by trade share. Its dead (mean
     * {@code clashFatalities} × magnitude, overdispersed) fall on the host's side with probability
     * {@code clashHostShare} each, counted as security fatalities in that crossing's province, and
     * otherwise on the haven's side, whoever fired first. The event's political weight is its
     * magnitude, not its toll. The other side may retaliate ({@link #provoke}).
     */
    static void clash(TensionModel m, Government by, double magnitude) {
        Behaviour b = m.scenario().behaviour();
        String province = m.border().randomProvince(m.draws());
        int deaths = m.draws().negativeBinomial(b.coercion().clashFatalities() * magnitude, b.violence().dispersion());
        int hostDeaths = m.draws().binomial(deaths, b.coercion().clashHostShare());
        m.consequences().clash(m.provinceIds().indexOf(province), hostDeaths, deaths - hostDeaths);
        m.emit(EventType.CLASH, by, by.other(), magnitude, province);
        provoke(m, by.other(), by, 1.0);
    }

    /** Removes a share of the remaining advanced equipment of the named group, or of every haven group. */
    static void interdict(TensionModel m, Government by, String groupId, double share) {
        for (MilitantGroup g : m.groups()) {
            if (groupId.isEmpty() ? g.spec().haven() : g.id().equals(groupId)) {
                g.interdict(share);
                m.emit(EventType.INTERDICTION, by, g, share, "");
            }
        }
    }
}
