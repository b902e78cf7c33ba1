package org.durand.scenario;

import java.io.Serializable;

/**
 * One government's initial state and policy levers. Both governments share the same decision
 * rules; the scenario makes them differ (only the host deports and strikes, only the haven
 * hosts militants). Rates "per year" are at full hostility propensity (see {@code docs/ODD.md}).
 *
 * @param name                   display name
 * @param trust                  initial trust in the other government, 0–1
 * @param grievance              initial grievance against the other government, Goldstein units
 * @param pressure               initial domestic security pressure, fatality-equivalents
 * @param hawkishness            propensity to answer pressure and grievance with force, 0–1
 * @param restraint              initial restraint of militants it hosts, 0–1 (haven only)
 * @param engagementsPerYear     spontaneous diplomatic contacts per year at full trust and calm
 * @param accusationsPerYear     public accusations per year at full hostility propensity
 * @param closuresPerYear        border closures per year at full hostility propensity
 * @param closureMeanDays        mean length of a closure it decides, days
 * @param strikesPerYear         cross-border strikes per year once the strike conditions hold
 * @param clashesPerYear         border firing incidents per year at full hostility propensity
 * @param retaliationProbability chance of answering an act of force on its soil with force of its own (ODD §7.7)
 * @param opsTempo               count of counter-militant operations at the start, × the reference count (1)
 */
public record GovernmentSpec(
        String name,
        double trust,
        double grievance,
        double pressure,
        double hawkishness,
        double restraint,
        double engagementsPerYear,
        double accusationsPerYear,
        double closuresPerYear,
        double closureMeanDays,
        double strikesPerYear,
        double clashesPerYear,
        double retaliationProbability,
        double opsTempo) implements Serializable {
}
