package org.durand.model;

/**
 * A read-only view of one refugee household agent (the population stores households compactly,
 * column by column; this record is what inspectors and tests see).
 *
 * @param index      row in the population
 * @param status     legal status id
 * @param province   province id
 * @param persons    persons in the household (or represented by the agent)
 * @param years      years in the host country
 * @param livelihood whether it has a stable livelihood
 * @param state      "present", "returned" (under pressure) or "deported"
 */
public record Household(int index, String status, String province, int persons, int years, boolean livelihood,
                        String state) {
}
