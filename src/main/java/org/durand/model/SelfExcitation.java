package org.durand.model;

import java.io.Serializable;

import org.durand.scenario.Behaviour;

/**
 * The self-exciting part of one militant group's attack intensity (ODD §7.19): a discrete-time
 * Hawkes process with a geometric kernel. An attack on day t with D deaths adds
 * n × (1 + w × ln(1 + D/D₀)) × (1 − δ) × δ^(k−1) expected attacks to day t + k (k ≥ 1), δ = 1 −
 * 1/memoryDays, so it triggers n × (1 + w × ln(1 + D/D₀)) attacks in all, after a mean delay of
 * memoryDays; a fighter killed by the host triggers perFighterKilled revenge attacks the same way
 * (cross-excitation). The state is one number, updated in O(1) a day.
 *
 * <p>Sources: the self-exciting point process of insurgent and terrorist violence, with branching
 * ratios ≈0.4–0.5 and memories of weeks, in Lewis, Mohler, Brantingham &amp; Bertozzi (2012),
 * Security Journal 25(3); Mohler (2013), Annals of Applied Statistics 7(3); Porter &amp; White
 * (2012), Annals of Applied Statistics 6(1).
 */
final class SelfExcitation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Triggered attacks expected today, attacks/day. */
    private double intensity;
    /** What today's attacks and losses add from tomorrow (before the kernel's first factor). */
    private double triggeredToday;

    /** Triggered attacks expected today, attacks/day (≥ 0). */
    double intensity() {
        return intensity;
    }

    /** An attack of the group killing {@code deaths}: it will trigger n × mark(deaths) attacks. */
    void attack(int deaths, Behaviour.Excitation e, double minDeaths) {
        triggeredToday += e.branchingRatio() * e.mark(deaths, minDeaths);
    }

    /** {@code killed} of the group's fighters killed by the host: they will trigger perFighterKilled × killed attacks. */
    void losses(int killed, Behaviour.Excitation e) {
        triggeredToday += e.perFighterKilled() * killed;
    }

    /**
     * End of the group's day: the intensity decays by δ and takes today's triggers, (1 − δ) of
     * them, so tomorrow's intensity is δ × today's + (1 − δ) × today's triggers.
     */
    void endOfDay(Behaviour.Excitation e) {
        double decay = e.decay();
        intensity = decay * intensity + (1 - decay) * triggeredToday;
        triggeredToday = 0;
    }
}
