package org.durand.model;

import static org.durand.scenario.Scenario.DAYS_PER_YEAR;

import org.durand.scenario.Behaviour;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A militant cell: the unit that attacks. Each day it attacks with a probability that grows with
 * its strength and, for groups with a haven across the border, with the haven's security
 * (mechanism 3). Deaths per attack are overdispersed and grow with the group's share of advanced
 * equipment (mechanism 6).
 */
public final class Cell implements Steppable {

    private static final long serialVersionUID = 1L;

    private final MilitantGroup group;
    private final int province;
    private int fighters;

    Cell(MilitantGroup group, int province, int fighters) {
        this.group = group;
        this.province = province;
        this.fighters = fighters;
    }

    @Override
    public void step(SimState state) {
        if (fighters == 0) {
            return;
        }
        TensionModel m = (TensionModel) state;
        double strength = fighters / (double) group.spec().cellSize();
        double p = group.spec().attacksPerCellYear() / DAYS_PER_YEAR * strength * group.havenFactor(m)
                + group.triggered(m, fighters);
        if (m.draws().chance(p)) {
            attack(m);
        }
    }

    /**
     * An attack: with probability {@code massCasualtyShare} a mass-casualty attack whose victims
     * follow a power law from {@code massCasualtyMinDeaths} to {@code massCasualtyMaxDeaths} with
     * exponent {@code massCasualtyExponent},
     * otherwise an overdispersed count (negative binomial) whose mean grows with the group's
     * advanced equipment (when the equipment → lethality loop is on).
     */
    private void attack(TensionModel m) {
        Behaviour.Violence v = m.scenario().behaviour().violence();
        Draws d = m.draws();
        boolean onSecurity = d.chance(group.spec().securityTargetShare());
        int victims;
        if (d.chance(v.massCasualtyShare())) {
            victims = d.powerLaw(v.massCasualtyMinDeaths(), v.massCasualtyMaxDeaths(), v.massCasualtyExponent());
        } else {
            boolean equipment = m.scenario().behaviour().loops().equipmentLethality();
            double lethality = 1 + (equipment ? v.equipmentLethality() * group.getEquipmentShare() : 0);
            double mean = (onSecurity ? v.securityAttackFatalities() : v.civilianAttackFatalities()) * lethality;
            victims = d.negativeBinomial(mean, v.dispersion());
        }
        bookAttack(m, onSecurity, victims, d.poisson(v.attackersKilledPerAttack()), province);
    }

    /**
     * Books an attack on {@code onSecurity} ? security forces : civilians with {@code victims} dead
     * (a share {@code securityVictimShare} of them security personnel when security forces were the
     * target) and up to {@code attackersKilled} of the cell's fighters dead in province {@code where},
     * and emits it. Used for the cell's own attacks and for attacks the timeline pins.
     */
    void bookAttack(TensionModel m, boolean onSecurity, int victims, int attackersKilled, int where) {
        Behaviour.Violence v = m.scenario().behaviour().violence();
        int security = onSecurity ? m.draws().binomial(victims, v.securityVictimShare()) : 0;
        int attackers = Math.min(fighters, attackersKilled);
        fighters -= attackers;
        m.consequences().attack(group, where, security, victims - security, attackers);
        group.attacked(m, victims);
        m.emit(onSecurity ? EventType.ATTACK_SECURITY : EventType.ATTACK_CIVILIAN, group, m.host(),
                Magnitude.ofDeaths(victims), m.provinceId(where));
    }

    public int getFighters() {
        return fighters;
    }

    public int province() {
        return province;
    }

    public MilitantGroup group() {
        return group;
    }

    void addFighters(int n) {
        fighters += n;
    }

    void removeFighters(int n) {
        fighters -= n;
    }
}
