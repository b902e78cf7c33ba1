package org.durand.model;

import java.io.Serializable;

/**
 * Receives every event the model emits, as it is emitted. A listener is part of the model's
 * state, so it is written to and restored from checkpoints with it; it must only read.
 */
@FunctionalInterface
public interface EventListener extends Serializable {

    /** Called once per event, in the order the model emits them. */
    void onEvent(Event event);
}
