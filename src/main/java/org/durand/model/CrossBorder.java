package org.durand.model;

import org.durand.scenario.Behaviour;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Force across the border (mechanisms 5 and 6): strikes on the militants the other side hosts,
 * the retaliation they may draw, border clashes, and interdiction of left-behind equipment.
 */
final class CrossBorder {

    private CrossBorder() {
    }

    /**
     * A strike by {@code by}: it kills people on the other side's soil (a share of them fighters,
     * taken from the groups with a haven there when the other side is the haven), mobilises the
     * struck groups for revenge, and may draw a retaliatory clash a few days later.
     */
    static void strike(TensionModel m, Government by, String groupId, double magnitude) {
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
                int lost = g.strike(draws, fighters - killed);
                g.lose(m, lost);
                killed += lost;
                if (retaliation) {
                    g.mobilise(b.violence().revengeBoost() * magnitude);
                }
            }
        }
        // fighters not found in a hosted group's ranks (none hosted there) count among the other dead
        int province = target == m.haven() ? 0 : m.provinceIds().indexOf(m.border().randomProvince(draws));
        m.consequences().strike(target, killed, deaths - killed, province);
        // the political weight is the strike's size as recorded, not its death toll
        m.emit(EventType.STRIKE, by, target, magnitude, "");
        // a calm government answers half as often as a fully driven one: probability × (0.5 + 0.5 · drive)
        if (retaliation && !m.isCeasefire()
                && draws.chance(target.spec().retaliationProbability() * (0.5 + 0.5 * target.drive()))) {
            int delay = 1 + draws.poisson(Math.max(0, b.coercion().retaliationDelayDays() - 1));
            m.schedule.scheduleOnce(m.schedule.getTime() + delay, TensionModel.ORDER_GOVERNMENTS,
                    new Retaliation(target));
        }
    }

    /** A clash a struck government starts a few days after the strike (scheduled once; not during a ceasefire). */
    private record Retaliation(Government by) implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            TensionModel m = (TensionModel) state;
            if (!m.isCeasefire()) {
                clash(m, by, 1.0);
            }
        }
    }

    /**
     * A border clash started by {@code by}, at a crossing drawn by trade share. Its dead (mean
     * {@code clashFatalities} × magnitude, overdispersed) fall on the host's side with probability
     * {@code clashHostShare} each, counted as security fatalities in that crossing's province, and
     * otherwise on the haven's side, whoever fired first. The event's political weight is its
     * magnitude, not its toll.
     */
    static void clash(TensionModel m, Government by, double magnitude) {
        Behaviour b = m.scenario().behaviour();
        String province = m.border().randomProvince(m.draws());
        int deaths = m.draws().negativeBinomial(b.coercion().clashFatalities() * magnitude, b.violence().dispersion());
        int hostDeaths = m.draws().binomial(deaths, b.coercion().clashHostShare());
        m.consequences().clash(m.provinceIds().indexOf(province), hostDeaths, deaths - hostDeaths);
        m.emit(EventType.CLASH, by, by.other(), magnitude, province);
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
