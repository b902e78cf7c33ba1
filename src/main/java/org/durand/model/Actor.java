package org.durand.model;

/** Anything that can act or be acted upon in an event: a government or a militant group. */
public interface Actor extends java.io.Serializable {

    /** Name written in the event log. */
    String label();
}
