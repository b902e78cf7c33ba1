package org.durand.model;

import java.util.Arrays;

/**
 * What happened on the current day, counted as it happens and cleared at the start of the next
 * day. Observers read it after the last phase of the day. Fatalities are on the host's soil.
 */
public final class DayTally implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    final int[] security;
    final int[] civilian;
    final int[] militant;
    int havenSecurity;
    int havenCivilian;
    int havenMilitant;
    double goldstein;
    int attacks;
    long deported;
    long pressured;
    int airStrikes;
    int clashes;
    int diplomatic;
    boolean borderClosed;
    double tradeUsd;

    DayTally(int provinces) {
        security = new int[provinces];
        civilian = new int[provinces];
        militant = new int[provinces];
    }

    void clear() {
        Arrays.fill(security, 0);
        Arrays.fill(civilian, 0);
        Arrays.fill(militant, 0);
        havenSecurity = 0;
        havenCivilian = 0;
        havenMilitant = 0;
        goldstein = 0;
        attacks = 0;
        deported = 0;
        pressured = 0;
        airStrikes = 0;
        clashes = 0;
        diplomatic = 0;
        borderClosed = false;
        tradeUsd = 0;
    }

    public int security(int province) {
        return security[province];
    }

    public int civilian(int province) {
        return civilian[province];
    }

    public int militant(int province) {
        return militant[province];
    }

    /** Security forces of the haven killed today on its soil or at the border. */
    public int havenSecurity() {
        return havenSecurity;
    }

    /** Civilians killed today on the haven's soil (air strikes). */
    public int havenCivilian() {
        return havenCivilian;
    }

    /** Militants killed today on the haven's soil (air strikes on their bases). */
    public int havenMilitant() {
        return havenMilitant;
    }

    /** Signed sum of Goldstein weight × magnitude of today's events between the two governments. */
    public double goldstein() {
        return goldstein;
    }

    public int attacks() {
        return attacks;
    }

    public long deported() {
        return deported;
    }

    public long pressured() {
        return pressured;
    }

    /** Air strikes today, by either government. */
    public int airStrikes() {
        return airStrikes;
    }

    public int clashes() {
        return clashes;
    }

    public int diplomatic() {
        return diplomatic;
    }

    public boolean borderClosed() {
        return borderClosed;
    }

    public double tradeUsd() {
        return tradeUsd;
    }
}
