package org.durand.model;

/**
 * The kinds of event the model emits, each with its CAMEO code and Goldstein weight (−10 … +10,
 * from the Goldstein scale on CAMEO codes; see {@code shared data, observed figures §6}). The
 * weight scores the kind of event; the model scales it by the event's magnitude.
 */
public enum EventType {
    /** Militant attack on security forces: CAMEO 193, small arms fire. */
    ATTACK_SECURITY("attack", "193", -10.0),
    /** Militant attack on civilians: CAMEO 183, suicide, car or other non-military bombing. */
    ATTACK_CIVILIAN("attack", "183", -10.0),
    /** Counter-militant operation on own soil: CAMEO 190, conventional military force (19x: −10). */
    OPERATION("operation", "190", -10.0),
    /**
     * A deportation policy announced (a phase that targets statuses before any deportation
     * capacity): CAMEO 174, expel or deport individuals.
     */
    DEPORTATION("deportation", "174", -5.0),
    /** A repatriation phase begins or steps up, with capacity to deport: CAMEO 201, mass expulsion. */
    PHASE("phase", "201", -9.5),
    /** Cross-border air strike: CAMEO 195, employ aerial weapons. */
    AIR_STRIKE("strike", "195", -10.0),
    /** Border clash: CAMEO 194, artillery and tanks. */
    CLASH("clash", "194", -10.0),
    /** Border crossing closed: CAMEO 191, impose blockade, restrict movement. */
    CLOSURE("closure", "191", -9.5),
    /** Public accusation: CAMEO 112, accuse. */
    ACCUSATION("accusation", "112", -2.0),
    /** Threat of force: CAMEO 138, threaten military force. */
    THREAT("threat", "138", -7.0),
    /** Routine consultation: CAMEO 040, consult. */
    CONSULT("consult", "040", 1.0),
    /** High-level visit: CAMEO 042, make a visit. */
    VISIT("visit", "042", 1.9),
    /** Talks that failed: CAMEO 120, reject (Goldstein −4.0). */
    REJECT("rejection", "120", -4.0),
    /**
     * A ceasefire declared or a crossing reopened: CAMEO 08, yield, at the weight of its
     * unspecified code 080 (+5.0); the finer codes (0871 truce, 086 ease a blockade) are not
     * weighted separately here.
     */
    YIELD("yield", "080", 5.0),
    /** Formal negotiations: CAMEO 046, engage in negotiation. */
    TALKS("talks", "046", 7.0),
    /** Signed agreement (transit, trade): CAMEO 057, sign formal agreement. */
    AGREEMENT("agreement", "057", 8.0),
    /** Interdiction of left-behind equipment: not a bilateral act, no Goldstein weight. */
    INTERDICTION("interdiction", "", 0.0);

    private final String label;
    private final String cameo;
    private final double goldstein;

    EventType(String label, String cameo, double goldstein) {
        this.label = label;
        this.cameo = cameo;
        this.goldstein = goldstein;
    }

    /** Short type word written to {@code events.csv}. */
    public String label() {
        return label;
    }

    public String cameo() {
        return cameo;
    }

    public double goldstein() {
        return goldstein;
    }

    /** True for cooperative (positive-weight) events. */
    public boolean cooperative() {
        return goldstein > 0;
    }
}
