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
    int attacks;
    long deported;
    long pressured;
    int strikes;
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
        attacks = 0;
        deported = 0;
        pressured = 0;
        strikes = 0;
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

    public int attacks() {
        return attacks;
    }

    public long deported() {
        return deported;
    }

    public long pressured() {
        return pressured;
    }

    public int strikes() {
        return strikes;
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
