package org.durand.observe;

import java.util.ArrayList;
import java.util.List;

import org.durand.model.Event;
import org.durand.model.EventListener;

/**
 * Keeps every event a model emits, in order, in memory; part of the model's state once set as its
 * listener, so a checkpoint carries the log so far.
 */
public final class EventLog implements EventListener {

    private static final long serialVersionUID = 1L;

    private final ArrayList<Event> events = new ArrayList<>();

    @Override
    public void onEvent(Event event) {
        events.add(event);
    }

    /** The events so far, in emission order (an unmodifiable copy). */
    public List<Event> events() {
        return List.copyOf(events);
    }
}
