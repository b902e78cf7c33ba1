package org.durand.model;

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
        double p = group.spec().attacksPerCellYear() / 365.0 * strength * group.havenFactor(m);
        if (group.spec().haven() && m.isCeasefire()) {
            p *= Intervention.CEASEFIRE_ATTACK_FACTOR;
        }
        if (m.draws().chance(p)) {
            attack(m);
        }
    }

    private void attack(TensionModel m) {
        Behaviour.Violence v = m.scenario().behaviour().violence();
        Draws d = m.draws();
        boolean onSecurity = d.chance(group.spec().securityTargetShare());
        double lethality = 1 + v.equipmentLethality() * group.getEquipmentShare();
        double mean = (onSecurity ? v.securityAttackFatalities() : v.civilianAttackFatalities()) * lethality;
        int victims = d.negativeBinomial(mean, v.dispersion());
        int security = 0;
        if (onSecurity) {
            for (int i = 0; i < victims; i++) {
                if (d.chance(v.securityVictimShare())) {
                    security++;
                }
            }
        }
        int attackers = Math.min(fighters, d.poisson(v.attackersKilledPerAttack()));
        fighters -= attackers;
        m.consequences().attack(province, security, victims - security, attackers);
        m.emit(onSecurity ? EventType.ATTACK_SECURITY : EventType.ATTACK_CIVILIAN, group, m.host(),
                Magnitude.ofDeaths(victims), m.provinceId(province));
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
