package org.durand.experiment;

import java.util.List;

import org.durand.model.Event;
import org.durand.observe.MonthlySeries;

/**
 * What one replicate produced.
 *
 * @param rep    replicate index, from 0
 * @param seed   the seed it ran with
 * @param series its monthly metrics
 * @param events its event log (empty when events were not kept)
 */
public record RunResult(int rep, long seed, MonthlySeries series, List<Event> events) {

    public RunResult {
        events = List.copyOf(events);
    }
}
