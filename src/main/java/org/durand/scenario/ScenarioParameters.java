package org.durand.scenario;

import static org.durand.scenario.ParameterRegistry.date;
import static org.durand.scenario.ParameterRegistry.flag;
import static org.durand.scenario.ParameterRegistry.whole;
import static org.durand.scenario.ParameterRegistry.number;
import static org.durand.scenario.ParameterRegistry.reference;
import static org.durand.scenario.ParameterRegistry.references;
import static org.durand.scenario.ParameterRegistry.text;

import java.util.List;

/**
 * Registry entries for the scenario's structure: calendar, resolution, provinces, governments,
 * militant groups, refugees, repatriation phases, crossings, the tension index and the timeline.
 * {@link BehaviourParameters} holds the mechanisms' parameters. Ranges are the physically or
 * logically possible ones; plausible values and their sources are in the scenario files.
 */
public final class ScenarioParameters {

    private ScenarioParameters() {
    }

    /** Upper bound for quantities without a natural one (Goldstein units, fatality-equivalents). */
    static final double BIG = 1e12;
    /** Per-year rates: at most one event a day. */
    private static final double DAILY = Scenario.DAYS_PER_YEAR;
    private static final String ASSUMED = "a share";

    // ---- the file itself -------------------------------------------------------------------
    public static final Parameter NAME = text("name", null, "short name of the scenario; names the default output folder");
    public static final Parameter DESCRIPTION = text("description", "", "what the scenario represents, in a sentence or two");
    public static final Parameter EXTENDS = text("extends", "", "a scenario file this one changes (its values are the defaults)");
    public static final Parameter TARGETS = text("targets", "", "observed-figures file runs are compared with, relative to this file");

    // ---- calendar and resolution ------------------------------------------------------------
    public static final Parameter START = date("calendar.start", null, false, "first simulated day");
    public static final Parameter END = date("calendar.end", null, false,
            "last simulated day (included); after the start, at most 50 years later");
    public static final Parameter SPIN_UP = whole("calendar.spinUpDays", "days", 0, 3650, "0", false,
            "days the militants and governments are simulated before the start, under the start's conditions and "
                    + "without the timeline or the refugees, so that the run starts in the model's own state",
            "at most ten years; 0 starts from the stated values");
    public static final Parameter PERSONS_PER_AGENT = whole("resolution.personsPerAgent", "persons", 0, 1_000_000, "0",
            false, "persons one refugee agent stands for; 0 = one agent per household",
            "0 gives full household resolution; coarser values trade accuracy for speed");

    // ---- provinces ---------------------------------------------------------------------------
    public static final Parameter PROVINCE_NAME = text("provinces.*.name", null, "display name of a host-side province");

    // ---- schematic map coordinates (optional; the GUI's map lays out what is not given) --------
    public static final Parameter PROVINCE_X = mapX("provinces.*.x", "a province");
    public static final Parameter PROVINCE_Y = mapY("provinces.*.y", "a province");
    public static final Parameter GOV_X = mapX("governments.*.x", "a government's territory (for the haven: its side of the border)");
    public static final Parameter GOV_Y = mapY("governments.*.y", "a government's territory (for the haven: its side of the border)");
    public static final Parameter CROSSING_X = mapX("crossings.*.x", "a border crossing");
    public static final Parameter CROSSING_Y = mapY("crossings.*.y", "a border crossing");

    // ---- governments (host and haven) -------------------------------------------------------
    public static final Parameter GOV_NAME = text("governments.*.name", null, "display name of the government");
    public static final Parameter GOV_TRUST = number("governments.*.trust", "0–1", 0, 1, null, false,
            "trust in the other government at the start", "a share: 0 none, 1 full");
    public static final Parameter GOV_GRIEVANCE = number("governments.*.grievance", "Goldstein units", 0, BIG, null,
            false, "grievance against the other government at the start", "a stock of event weight: not negative");
    public static final Parameter GOV_PRESSURE = number("governments.*.pressure", "fatality-equivalents", 0, BIG, null,
            false, "domestic security pressure at the start", "a stock of weighted deaths: not negative");
    public static final Parameter GOV_HAWKISHNESS = number("governments.*.hawkishness", "0–1", 0, 1, null, true,
            "propensity to answer pressure and grievance with force", "a propensity: 0 never, 1 always");
    public static final Parameter GOV_RESTRAINT = number("governments.*.restraint", "0–1", 0, 1, "0.5", false,
            "restraint of the militants it hosts, at the start (haven only)",
            "a share; 0.5 (undecided) when not stated, as the host hosts no militants");
    public static final Parameter GOV_ENGAGEMENTS = number("governments.*.engagementsPerYear", "contacts/year", 0, DAILY,
            null, true, "spontaneous diplomatic contacts a year at full trust and calm", "at most one a day");
    public static final Parameter GOV_ACCUSATIONS = number("governments.*.accusationsPerYear", "accusations/year", 0,
            DAILY, null, true, "public accusations a year at full hostility", "at most one a day");
    public static final Parameter GOV_CLOSURES = number("governments.*.closuresPerYear", "closures/year", 0, DAILY, null,
            true, "border closures it decides a year at full hostility", "at most one a day");
    public static final Parameter GOV_CLOSURE_DAYS = number("governments.*.closureMeanDays", "days", 1, 3650, null, true,
            "mean length of a border closure it decides", "at least a day, at most ten years");
    public static final Parameter GOV_STRIKES = number("governments.*.strikesPerYear", "strikes/year", 0, DAILY, null,
            true, "cross-border strikes a year once the strike conditions hold", "at most one a day");
    public static final Parameter GOV_CLASHES = number("governments.*.clashesPerYear", "clashes/year", 0, DAILY, null,
            true, "border firing incidents a year at full hostility", "at most one a day");
    public static final Parameter GOV_RETALIATION = number("governments.*.retaliationProbability", "0–1", 0, 1, null,
            true, "chance of answering an act of force on its soil (a strike, a clash the other side started, a deadly "
                    + "attack by militants it hosts) with force of its own, a strike if it strikes, else a clash",
            "a probability");
    public static final Parameter GOV_OPS = number("governments.*.opsTempo", "× reference count", 0, 100, "0", true,
            "count of operations against the militants on its soil at the start, × the reference count; the "
                    + "timeline's operations entries set it later (the haven's must be 0: it runs none)",
            "0 (no operations) when not stated; 100 times the reference is far beyond any record");

    // ---- militant groups ---------------------------------------------------------------------
    public static final Parameter GROUP_NAME = text("groups.*.name", null, "display name of the militant group");
    public static final Parameter GROUP_FIGHTERS = whole("groups.*.fighters", "fighters", 0, 10_000_000, null, false,
            "fighters at the start", "a head count; ten million is far beyond any group");
    public static final Parameter GROUP_CELL_SIZE = whole("groups.*.cellSize", "fighters/cell", 1, 10_000, null, false,
            "fighters per cell, the unit that acts", "at least one fighter");
    public static final Parameter GROUP_HAVEN = flag("groups.*.haven", "false", false,
            "whether the haven government hosts the group (its restraint then matters)");
    public static final Parameter GROUP_EQUIPMENT = number("groups.*.equipmentShare", "0–1", 0, 1, null, true,
            "share of fighters with advanced (left-behind) equipment", ASSUMED);
    public static final Parameter GROUP_ATTACKS = number("groups.*.attacksPerCellYear", "attacks/cell/year", 0, DAILY,
            null, true, "attacks a full-strength cell makes a year with a fully closed haven", "at most one a day");
    public static final Parameter GROUP_SECURITY_SHARE = number("groups.*.securityTargetShare", "0–1", 0, 1, null, true,
            "share of attacks aimed at security forces (the rest at civilians)", ASSUMED);
    public static final Parameter GROUP_RECRUITMENT = number("groups.*.recruitmentPerYear", "recruits/fighter/year", 0,
            10, null, true, "recruits per fighter a year, before haven effects", "ten a year per fighter is beyond any record");
    public static final Parameter GROUP_POOL = whole("groups.*.recruitmentPool", "fighters", 1, 10_000_000, null, true,
            "fighters the group's recruitment base can sustain: recruitment × (1 − fighters/pool)",
            "at least one fighter; ten million is far beyond any group");
    public static final Parameter GROUP_PROVINCE = number("groups.*.provinces.*", "0–1", 0, 1, null, false,
            "share of the group's cells in the province (the shares sum to 1)", ASSUMED);

    // ---- refugees ----------------------------------------------------------------------------
    public static final Parameter HOUSEHOLD_SIZE = number("refugees.householdSizeMean", "persons", 1, 30, null, false,
            "mean persons per refugee household", "at least one person; thirty is beyond any survey");
    public static final Parameter STATUS_NAME = text("refugees.statuses.*.name", null, "display name of a legal status");
    public static final Parameter STATUS_PERSONS = number("refugees.statuses.*.persons", "persons", 0, 1e9, null, false,
            "persons holding this legal status at the start", "a head count");
    public static final Parameter STATUS_YEARS_MIN = number("refugees.statuses.*.yearsMin", "years", 0, 100, null, false,
            "fewest years in the host country among holders of this status", "a human lifetime");
    public static final Parameter STATUS_YEARS_MEAN = number("refugees.statuses.*.yearsMean", "years", 0, 100, null,
            false, "mean years in the host country of holders of this status (at least yearsMin)", "a human lifetime");
    public static final Parameter STATUS_LIVELIHOOD = number("refugees.statuses.*.livelihoodShare", "0–1", 0, 1, null,
            false, "share of households of this status with a stable livelihood", ASSUMED);
    public static final Parameter REFUGEE_PROVINCE = number("refugees.provinces.*", "0–1", 0, 1, null, false,
            "share of refugee households living in the province (the shares sum to 1)", ASSUMED);

    // ---- repatriation phases -----------------------------------------------------------------
    public static final Parameter PHASE_START = date("phases.*.start", null, false,
            "first day of the repatriation phase (it lasts until the next one starts)");
    public static final Parameter PHASE_ANNOUNCED = date("phases.*.announced", "", false,
            "day the phase's deadline is announced (default: its start); from then its statuses fear it");
    public static final Parameter PHASE_DEADLINE = date("phases.*.deadline", "", false,
            "last day to leave before enforcement (default: the day before its start); fear rises toward it");
    public static final Parameter PHASE_TARGETS = references("phases.*.targets",
            "legal statuses whose holders the phase targets for deportation");
    public static final Parameter PHASE_CAPACITY = number("phases.*.capacityPerDay", "persons/day", 0, 1e7, null, true,
            "persons the host can deport a day in this phase at zero pressure", "ten million a day is beyond any record");

    // ---- crossings ---------------------------------------------------------------------------
    public static final Parameter CROSSING_NAME = text("crossings.*.name", null, "display name of a border crossing");
    public static final Parameter CROSSING_TRADE = number("crossings.*.tradeShare", "0–1", 0, 1, null, false,
            "share of bilateral trade that normally passes the crossing (the shares sum to 1)", ASSUMED);
    public static final Parameter CROSSING_PROVINCE = reference("crossings.*.province",
            "host-side province where the crossing lies (border clashes there count there)");

    private static Parameter mapX(String path, String what) {
        return number(path, "map units, west 0 to east 100", 0, 100, null, true,
                "optional: where the map draws " + what + ", from west (0) to east (100)",
                "a schematic square map 100 units wide; only the drawing uses it");
    }

    private static Parameter mapY(String path, String what) {
        return number(path, "map units, south 0 to north 100", 0, 100, null, true,
                "optional: where the map draws " + what + ", from south (0) to north (100)",
                "a schematic square map 100 units high; only the drawing uses it");
    }

    /** Every entry of this class, in file order. */
    static List<Parameter> all() {
        return List.of(NAME, DESCRIPTION, EXTENDS, TARGETS, START, END, SPIN_UP, PERSONS_PER_AGENT, PROVINCE_NAME,
                PROVINCE_X, PROVINCE_Y, GOV_X, GOV_Y, CROSSING_X, CROSSING_Y, GOV_NAME, GOV_TRUST, GOV_GRIEVANCE, GOV_PRESSURE, GOV_HAWKISHNESS, GOV_RESTRAINT, GOV_ENGAGEMENTS,
                GOV_ACCUSATIONS, GOV_CLOSURES, GOV_CLOSURE_DAYS, GOV_STRIKES, GOV_CLASHES, GOV_RETALIATION, GOV_OPS,
                GROUP_NAME, GROUP_FIGHTERS, GROUP_CELL_SIZE, GROUP_HAVEN, GROUP_EQUIPMENT, GROUP_ATTACKS,
                GROUP_SECURITY_SHARE, GROUP_RECRUITMENT, GROUP_POOL, GROUP_PROVINCE, HOUSEHOLD_SIZE, STATUS_NAME, STATUS_PERSONS,
                STATUS_YEARS_MIN, STATUS_YEARS_MEAN, STATUS_LIVELIHOOD, REFUGEE_PROVINCE, PHASE_START, PHASE_ANNOUNCED,
                PHASE_DEADLINE, PHASE_TARGETS, PHASE_CAPACITY, CROSSING_NAME, CROSSING_TRADE, CROSSING_PROVINCE);
    }
}
