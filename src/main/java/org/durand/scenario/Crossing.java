package org.durand.scenario;

import java.io.Serializable;

/**
 * A border crossing and the share of bilateral trade that normally passes through it.
 *
 * @param name       display name
 * @param tradeShare share of trade, 0–1 (all crossings sum to 1)
 * @param province   host-side province where it lies (border clashes there count there)
 */
public record Crossing(String name, double tradeShare, String province) implements Serializable {
}
