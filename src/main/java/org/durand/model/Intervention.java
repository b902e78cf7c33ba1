package org.durand.model;

/**
 * An event a user asks for while a run is under way ("make it happen now"): requested with
 * {@link TensionModel#request(Intervention)} and applied at the start of the next simulated day,
 * in the timeline phase, after the day's pinned events. The host acts; a ceasefire binds both.
 */
public enum Intervention {
    /** A high-level visit by the host to the haven (a {@link EventType#VISIT}, magnitude 1). */
    VISIT("High-level visit", "the host's leaders visit the other capital: trust rises, grievance eases"),
    /** Formal talks opened by the host ({@link EventType#TALKS}, magnitude 1). */
    TALKS("Talks", "formal negotiations: a stronger cooperative event than a visit"),
    /** The host closes every open crossing for {@link #CLOSURE_DAYS} days. */
    CLOSE_BORDER("Close the border", "the host closes every crossing for 30 days: trade falls, the other side's grievance grows"),
    /** Every closed crossing opens today, whoever closed it and however long it was meant to last. */
    REOPEN_BORDER("Reopen the border", "every closed crossing opens today; trade returns"),
    /** A cross-border strike by the host on the havens of the groups the other side hosts (magnitude 1). */
    STRIKE("Cross-border strike", "the host strikes militant bases across the border: deaths, grievance, maybe retaliation"),
    /**
     * A ceasefire for {@link #CEASEFIRE_DAYS} days: no strikes or clashes of the governments' own
     * choosing and no answers to force, and attacks of haven-based groups at
     * {@link #CEASEFIRE_ATTACK_FACTOR} of their rate; announced as a yield (CAMEO 080).
     */
    CEASEFIRE("Ceasefire", "30 days without strikes or border clashes; the haven reins in the groups it hosts");

    /** Days a border closure asked for with {@link #CLOSE_BORDER} lasts (a month). */
    public static final int CLOSURE_DAYS = 30;
    /** Days a ceasefire asked for with {@link #CEASEFIRE} lasts (a month). */
    public static final int CEASEFIRE_DAYS = 30;
    /**
     * Factor on the attack rate of groups with a haven during a ceasefire: the haven reins them in,
     * but not wholly (an assumption; see docs/ODD.md, §7.16).
     */
    public static final double CEASEFIRE_ATTACK_FACTOR = 0.5;

    private final String label;
    private final String description;

    Intervention(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** Short name for a button. */
    public String label() {
        return label;
    }

    /** What it does, in plain words. */
    public String description() {
        return description;
    }
}
