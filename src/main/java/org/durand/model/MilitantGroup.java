package org.durand.model;

import static org.durand.scenario.Scenario.DAYS_PER_YEAR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.durand.scenario.Behaviour;
import org.durand.scenario.GroupSpec;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A militant group: its cells, its equipment, its recruitment, and the counter-militant
 * operations the host runs against it. Stepped once a day after the cells have acted.
 */
public final class MilitantGroup implements Steppable, Actor {

    private static final long serialVersionUID = 1L;

    private final String id;
    private GroupSpec spec;
    private final List<Cell> cells = new ArrayList<>();
    private double equipmentShare;
    private double mobilisation;
    private final SelfExcitation excitation = new SelfExcitation();
    /** Fighters at the end of the group's last step: the triggered intensity is shared by them. */
    private int sharingFighters;

    MilitantGroup(String id, GroupSpec spec, int[] provinceOfCell, Draws draws) {
        this.id = id;
        this.spec = spec;
        this.equipmentShare = spec.equipmentShare();
        int nCells = provinceOfCell.length;
        for (int c = 0; c < nCells; c++) {
            int fighters = spec.fighters() / nCells + (c < spec.fighters() % nCells ? 1 : 0);
            cells.add(new Cell(this, provinceOfCell[c], fighters));
        }
        sharingFighters = spec.fighters();
    }

    /** Takes a re-read scenario's live values; the equipment share follows the new value if it changed. */
    void renew(GroupSpec next) {
        if (next.equipmentShare() != spec.equipmentShare()) {
            equipmentShare = next.equipmentShare();
        }
        spec = next;
    }

    /**
     * Daily, after the cells: the host's operations kill fighters (tempo × (1 + gain × drive) ×
     * (1 + the host's response level)) and lose security personnel in the exchange of fire
     * (Poisson, {@code opsSecurityDeathsPerKill} per fighter killed, in the same province), the
     * group recruits, and the day's attacks and losses enter its self-excitation.
     */
    @Override
    public void step(SimState state) {
        TensionModel m = (TensionModel) state;
        Behaviour.Violence v = m.scenario().behaviour().violence();
        Government host = m.host();
        int total = getFighters();
        double tempo = effectiveTempo(host.getOpsTempo(), v.opsTempoElasticity())
                * (1 + v.opsPressureGain() * host.drive()) * (1 + host.responseLevel());
        int killed = Math.min(total, m.draws().poisson(v.opsKillsPerFighterYear() / DAYS_PER_YEAR * tempo * total));
        int[] byProvince = new int[m.provinceCount()];
        for (int k = 0; k < killed; k++) {
            Cell c = randomFighterCell(m.draws());
            c.removeFighters(1);
            byProvince[c.province()]++;
        }
        lose(m, killed);
        for (int p = 0; p < byProvince.length; p++) {
            if (byProvince[p] > 0) {
                int fallen = v.opsSecurityDeathsPerKill() > 0
                        ? m.draws().poisson(v.opsSecurityDeathsPerKill() * byProvince[p]) : 0;
                m.consequences().operation(p, byProvince[p], fallen);
                m.emit(EventType.OPERATION, host, this, Magnitude.ofDeaths(byProvince[p]), m.provinceId(p));
            }
        }
        mobilisation *= Math.pow(0.5, 1.0 / v.revengeHalfLifeDays());
        boolean havenLoop = m.scenario().behaviour().loops().havenAttacks();
        double havenBoost = spec.haven() && havenLoop ? 1 + v.havenRecruitmentEffect() * havenSecurity(m) : 1;
        // logistic recruitment: the recruitment base sustains at most recruitmentPool fighters
        int now = getFighters();
        double room = Math.max(0, 1 - now / (double) spec.recruitmentPool());
        int recruits = m.draws().poisson(now * spec.recruitmentPerYear() / DAYS_PER_YEAR * havenBoost * room);
        for (int r = 0; r < recruits; r++) {
            cells.get(m.draws().index(cells.size())).addFighters(1);
        }
        excitation.endOfDay(m.scenario().behaviour().excitation());
        sharingFighters = getFighters();
    }

    /**
     * The killing power of the host's operations at a count {@code opsTempo} (relative to the
     * reference count): {@code opsTempo^elasticity}, 0 when there are none. An elasticity of 1
     * makes kills proportional to the count of operations; below 1, each added operation kills
     * fewer (docs/ODD.md §7.6).
     *
     * @param opsTempo   the host's count of operations, × the reference count, ≥ 0
     * @param elasticity 0 to 1
     * @return the tempo's factor on kills per fighter, ≥ 0
     */
    static double effectiveTempo(double opsTempo, double elasticity) {
        return opsTempo == 0 ? 0 : Math.pow(opsTempo, elasticity);
    }

    /** An attack by one of the group's cells (or pinned to it) killing {@code deaths}: it excites the group. */
    void attacked(TensionModel m, int deaths) {
        if (m.scenario().behaviour().loops().selfExcitation()) {
            excitation.attack(deaths, m.scenario().behaviour().excitation(),
                    m.scenario().behaviour().violence().massCasualtyMinDeaths());
        }
    }

    /** {@code killed} fighters lost to the host's operations or air strikes: they excite revenge attacks. */
    void lose(TensionModel m, int killed) {
        if (m.scenario().behaviour().loops().selfExcitation()) {
            excitation.losses(killed, m.scenario().behaviour().excitation());
        }
    }

    /**
     * The triggered attack probability today of a cell with {@code cellFighters} fighters: the
     * group's self-excited intensity (attacks/day) shared among its cells by fighters, times the
     * attack factor of a ceasefire in force for groups with a haven.
     */
    double triggered(TensionModel m, int cellFighters) {
        double intensity = excitation.intensity();
        if (intensity == 0 || sharingFighters == 0) {
            return 0;
        }
        return intensity * cellFighters / sharingFighters * ceasefireFactor(m);
    }

    /** The attack factor of a ceasefire in force for a group the haven hosts, else 1. */
    private double ceasefireFactor(TensionModel m) {
        return spec.haven() ? m.ceasefireAttackFactor() : 1;
    }

    /** The self-excited part of the group's attack intensity today, attacks/day. */
    public double getTriggeredIntensity() {
        return excitation.intensity();
    }

    /**
     * The group's losses to an air strike: up to {@code wanted} fighters, taken at random from its
     * cells.
     *
     * @return the fighters killed, at most the group's fighters
     */
    int strikeLosses(Draws draws, int wanted) {
        int killed = Math.min(wanted, getFighters());
        for (int k = 0; k < killed; k++) {
            randomFighterCell(draws).removeFighters(1);
        }
        return killed;
    }

    /**
     * Multiplier on attack rates: 1 + havenEffect × (1 − restraint) for groups with a haven (when
     * the haven → attacks loop is on), times 1 + the revenge mobilisation that follows a strike on
     * the group and fades with a half-life, times the attack factor of a ceasefire in force.
     */
    double havenFactor(TensionModel m) {
        boolean loop = m.scenario().behaviour().loops().havenAttacks();
        double haven = spec.haven() && loop ? 1 + m.scenario().behaviour().violence().havenEffect() * havenSecurity(m)
                : 1;
        return haven * (1 + mobilisation) * ceasefireFactor(m);
    }


    /** A cell of the group in {@code province} with fighters, or any cell with fighters, or null. */
    Cell cellIn(int province) {
        Cell any = null;
        for (Cell c : cells) {
            if (c.getFighters() > 0 && c.province() == province) {
                return c;
            }
            any = any == null && c.getFighters() > 0 ? c : any;
        }
        return any;
    }

    /** A strike on the group's bases mobilises it for revenge attacks. */
    void mobilise(double boost) {
        mobilisation += boost;
    }

    /** Revenge mobilisation: extra attack rate as a share of the usual, fading after a strike. */
    public double getMobilisation() {
        return mobilisation;
    }

    private static double havenSecurity(TensionModel m) {
        return 1 - m.haven().getRestraint();
    }

    private Cell randomFighterCell(Draws draws) {
        int pick = draws.index(getFighters());
        for (Cell c : cells) {
            pick -= c.getFighters();
            if (pick < 0) {
                return c;
            }
        }
        throw new IllegalStateException("no fighter left to pick");
    }

    /** Interdiction removes a share of the remaining advanced equipment. */
    void interdict(double share) {
        equipmentShare *= 1 - share;
    }

    public String id() {
        return id;
    }

    public GroupSpec spec() {
        return spec;
    }

    public List<Cell> cells() {
        return Collections.unmodifiableList(cells);
    }

    @Override
    public String label() {
        return spec.name();
    }

    /** Fighters in all cells. */
    public int getFighters() {
        int sum = 0;
        for (Cell c : cells) {
            sum += c.getFighters();
        }
        return sum;
    }

    /** Share of fighters with advanced equipment, 0–1. */
    public double getEquipmentShare() {
        return equipmentShare;
    }
}
