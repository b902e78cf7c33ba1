package org.durand.scenario;

import static org.durand.scenario.Scenario.DAYS_PER_YEAR;

import java.util.List;

/**
 * Registry entries for the mechanisms' parameters ({@code behaviour.*}). Nearly all are rates or
 * weights the agents read every day, so they are safe to change during a run; the two that shape
 * each household's return hazard when the population is built are not. The equations they
 * enter are in {@code docs/ODD.md}; the values and their sources are in the scenario files.
 */
public final class BehaviourParameters {

    private BehaviourParameters() {
    }

    private static final double BIG = ScenarioParameters.BIG;

    private static Parameter p(String path, String unit, double min, double max, String description, String reason) {
        return ParameterRegistry.number("behaviour." + path, unit, min, max, null, true, description, reason);
    }

    /** A parameter read only when the agents are built (a change during a run would not reach them). */
    private static Parameter fixed(String path, String unit, double min, double max, String description,
                                   String reason) {
        return ParameterRegistry.number("behaviour." + path, unit, min, max, null, false, description, reason);
    }

    private static final String SHARE = "a share";
    private static final String HALF_LIFE = "at least a day, at most ten years";
    private static final String WEIGHT = "not negative; a hundredfold effect is beyond any plausible reading";

    // ---- pressure (mechanism 1) -------------------------------------------------------------
    public static final Parameter PRESSURE_PER_FATALITY = p("pressure.perFatality", "fatality-equivalents/death", 0, BIG,
            "domestic pressure added per civilian killed on the government's soil", "not negative");
    public static final Parameter PRESSURE_SECURITY_WEIGHT = p("pressure.securityWeight", "×", 0, 100,
            "how many civilian deaths one security death weighs in pressure", WEIGHT);
    public static final Parameter PRESSURE_PER_RETURNEES = p("pressure.perThousandReturnees",
            "fatality-equivalents/1,000 returnees", 0, BIG, "haven pressure per thousand returnees (humanitarian burden)",
            "not negative");
    public static final Parameter PRESSURE_PER_CLOSED_DAY = p("pressure.perClosedDay", "per day × trade share", 0, BIG,
            "the closing side's own pressure per day a crossing is closed, times its trade share (lost trade)",
            "not negative");
    public static final Parameter PRESSURE_HALF_LIFE = p("pressure.halfLifeDays", "days", 1, 3650,
            "days for domestic pressure to halve without new deaths", HALF_LIFE);
    public static final Parameter PRESSURE_SATURATION = p("pressure.halfSaturation", "fatality-equivalents", 1e-9, BIG,
            "pressure at which its effect on decisions is half the full effect", "positive (it divides)");

    // ---- grievance (mechanism 3) ------------------------------------------------------------
    public static final Parameter GRIEVANCE_PER_HOSTILE = p("grievance.perHostileUnit", "per Goldstein unit", 0, BIG,
            "grievance added per unit of hostile event weight received", "not negative");
    public static final Parameter GRIEVANCE_PER_COOPERATIVE = p("grievance.perCooperativeUnit", "per Goldstein unit", 0,
            BIG, "grievance removed per unit of cooperative event weight received (never below zero)", "not negative");
    public static final Parameter GRIEVANCE_PER_RETURNED = p("grievance.perThousandReturned", "per 1,000 returnees", 0,
            BIG, "haven grievance per thousand returnees", "not negative");
    public static final Parameter GRIEVANCE_PER_CLOSED_DAY = p("grievance.perClosedDay", "per day × trade share", 0, BIG,
            "grievance of the side closed against, per day a crossing is closed, times its trade share", "not negative");
    public static final Parameter GRIEVANCE_HALF_LIFE = p("grievance.halfLifeDays", "days", 1, 3650,
            "days for grievance to halve without new hostile events", HALF_LIFE);
    public static final Parameter GRIEVANCE_SATURATION = p("grievance.halfSaturation", "Goldstein units", 1e-9, BIG,
            "grievance at which its effect is half the full effect", "positive (it divides)");

    // ---- trust (mechanism 4) ----------------------------------------------------------------
    public static final Parameter TRUST_HOSTILE = p("trust.perHostileUnit", "log-odds per Goldstein unit", 0, 1,
            "fall in the log-odds of trust per unit of hostile event weight received", "a unit moves log-odds by at most 1");
    public static final Parameter TRUST_COOPERATIVE = p("trust.perCooperativeUnit", "log-odds per Goldstein unit", 0, 1,
            "rise in the log-odds of trust per unit of cooperative event weight", "a unit moves log-odds by at most 1");
    public static final Parameter TRUST_REVERSION = p("trust.reversionHalfLifeDays", "days", 1, 36500,
            "days for trust to revert halfway to its initial value", "at least a day, at most a century");

    // ---- restraint of hosted militants ------------------------------------------------------
    public static final Parameter RESTRAINT_INTERCEPT = p("restraint.intercept", "logit units", -50, 50,
            "baseline of the haven's restraint logit", "beyond ±50 the logistic is pinned at 0 or 1");
    public static final Parameter RESTRAINT_TRUST = p("restraint.trustWeight", "logit units", 0, 50,
            "how much trust raises the haven's restraint", "not negative: trust never lowers restraint");
    public static final Parameter RESTRAINT_GRIEVANCE = p("restraint.grievanceWeight", "logit units", 0, 50,
            "how much saturated grievance lowers the haven's restraint", "not negative: grievance never raises it");
    public static final Parameter RESTRAINT_TRADE = p("restraint.tradeWeight", "logit units", 0, 50,
            "how much the haven's restraint rises with trade (today's trade over normal trade, minus one)",
            "not negative: trade never lowers restraint");
    public static final Parameter RESTRAINT_ADJUSTMENT = p("restraint.adjustmentDays", "days", 1, 3650,
            "days for restraint to move about 63% of the way to its target", HALF_LIFE);

    // ---- violence (mechanisms 3 and 6) ------------------------------------------------------
    public static final Parameter HAVEN_EFFECT = p("violence.havenEffect", "×", 0, 100,
            "attack rate × (1 + effect × haven security)", WEIGHT);
    public static final Parameter HAVEN_RECRUITMENT = p("violence.havenRecruitmentEffect", "×", 0, 100,
            "recruitment × (1 + effect × haven security)", WEIGHT);
    public static final Parameter REVENGE_BOOST = p("violence.revengeBoost", "×", 0, 100,
            "extra attack rate right after a strike on the group's bases", WEIGHT);
    public static final Parameter REVENGE_HALF_LIFE = p("violence.revengeHalfLifeDays", "days", 1, 3650,
            "days for the revenge mobilisation after a strike to halve", HALF_LIFE);
    public static final Parameter SECURITY_ATTACK_DEATHS = p("violence.securityAttackFatalities", "deaths/attack", 0, 1000,
            "mean deaths (all victims) of an attack on security forces", "a thousand is beyond any single attack");
    public static final Parameter CIVILIAN_ATTACK_DEATHS = p("violence.civilianAttackFatalities", "deaths/attack", 0, 1000,
            "mean deaths of an attack on civilians", "a thousand is beyond any single attack");
    public static final Parameter DISPERSION = p("violence.dispersion", "negative binomial k", 0.01, 1000,
            "dispersion of deaths per attack: smaller means a few attacks kill many",
            "positive; above 1000 the count is practically Poisson");
    public static final Parameter EQUIPMENT_LETHALITY = p("violence.equipmentLethality", "×", 0, 100,
            "deaths × (1 + lethality × equipment share)", WEIGHT);
    public static final Parameter SECURITY_VICTIM_SHARE = p("violence.securityVictimShare", "0–1", 0, 1,
            "share of the victims of attacks on security forces who are security personnel", SHARE);
    public static final Parameter ATTACKERS_KILLED = p("violence.attackersKilledPerAttack", "fighters/attack", 0, 100,
            "mean attackers killed per attack", "a hundred is beyond any single attack");
    public static final Parameter OPS_KILLS = p("violence.opsKillsPerFighterYear", "per fighter per year", 0, 100,
            "militants killed in operations per fighter a year at the reference count of operations", WEIGHT);
    public static final Parameter OPS_ELASTICITY = p("violence.opsTempoElasticity", "elasticity", 0, 1,
            "militants killed grow as opsTempo^elasticity: 1 in proportion to the count of operations, "
                    + "below 1 each added operation kills fewer", "0 (the count does not matter) to 1 (proportional)");
    public static final Parameter OPS_PRESSURE_GAIN = p("violence.opsPressureGain", "×", 0, 100,
            "operations tempo × (1 + gain × drive): operations intensify after attacks", WEIGHT);
    public static final Parameter OPS_SECURITY_DEATHS = p("violence.opsSecurityDeathsPerKill", "per militant killed", 0, 10,
            "security personnel killed in the host's operations per militant they kill (the exchange of fire)",
            "not negative; ten of the host's dead for each militant killed is beyond any operation reported");
    public static final Parameter ATTRIBUTION = p("violence.attribution", "0–1", 0, 1,
            "how much a haven-based group's attack counts as the haven government's act", SHARE);

    public static final Parameter MASS_SHARE = p("violence.massCasualtyShare", "0–1", 0, 1,
            "share of attacks that are mass-casualty attacks, whose deaths follow a power law", SHARE);
    public static final Parameter MASS_MIN = p("violence.massCasualtyMinDeaths", "deaths", 1, 1000,
            "fewest deaths of a mass-casualty attack (the power law's lower bound)", "at least one death");
    public static final Parameter MASS_MAX = p("violence.massCasualtyMaxDeaths", "deaths", 1, 10_000,
            "most deaths of one attack (the power law is truncated there)", "at least one death");
    public static final Parameter MASS_EXPONENT = p("violence.massCasualtyExponent", "power-law exponent", 2.01, 10,
            "exponent α of the power law P(deaths ≥ x) ∝ x^(1−α) of mass-casualty attacks",
            "above 2 so that the mean is finite");

    // ---- coercion and cross-border force (mechanisms 2 and 5) -------------------------------
    public static final Parameter DEPORTATION_GAIN = p("coercion.deportationPressureGain", "×", 0, 100,
            "deportation capacity × (1 + gain × drive)", WEIGHT);
    public static final Parameter STRIKE_THRESHOLD = p("coercion.strikeDriveThreshold", "0–1", 0, 1,
            "drive above which a government considers cross-border strikes", "drive lies in 0–1");
    public static final Parameter STRIKE_TRUST_CEILING = p("coercion.strikeTrustCeiling", "0–1", 0, 1,
            "trust below which a government considers cross-border strikes", "trust lies in 0–1");
    public static final Parameter STRIKE_DEATHS = p("coercion.strikeDeaths", "deaths/strike", 0, 10_000,
            "mean deaths of a strike on the other side's soil", "ten thousand is beyond any strike");
    public static final Parameter STRIKE_MILITANT_SHARE = p("coercion.strikeMilitantShare", "0–1", 0, 1,
            "share of a strike's dead who are fighters", SHARE);
    public static final Parameter CLASH_DEATHS = p("coercion.clashFatalities", "deaths/clash", 0, 10_000,
            "mean deaths per border clash, both sides (split by clashHostShare)", "ten thousand is beyond any clash");
    public static final Parameter CLASH_HOST_SHARE = p("coercion.clashHostShare", "0–1", 0, 1,
            "share of a border clash's dead on the host's side (the rest are the haven's security forces)", SHARE);
    public static final Parameter TRADE_COST = p("coercion.tradeCost", "×", 0, 100,
            "coercion propensity ÷ (1 + cost × trade tie): trade at stake makes coercion costlier", WEIGHT);
    public static final Parameter RETALIATION_DELAY = p("coercion.retaliationDelayDays", "days", 0, DAYS_PER_YEAR,
            "mean days before a struck government retaliates", "within a year");

    // ---- pressured returns ------------------------------------------------------------------
    public static final Parameter RETURNS_BACKGROUND = p("returns.backgroundPerYear", "per person-year", 0, 1,
            "returns a year per person without any campaign", "a yearly probability");
    public static final Parameter RETURNS_FEAR = p("returns.fearPerDay", "per day", 0, 1,
            "daily return hazard of a fully fearful targeted household when a phase starts", "a daily probability");
    public static final Parameter RETURNS_FEAR_HALF_LIFE = p("returns.fearHalfLifeDays", "days", 1, 3650,
            "days for the fear at a phase's start to halve", HALF_LIFE);
    public static final Parameter RETURNS_THREAT = p("returns.threatWeight", "returns per unit risk", 0, 1000,
            "pressured returns per unit of daily deportation risk", "not negative; a thousandfold is beyond reading");
    public static final Parameter RETURNS_RISK_HALF_LIFE = p("returns.riskHalfLifeDays", "days", 1, 3650,
            "days over which households perceive deportation risk", HALF_LIFE);
    public static final Parameter RETURNS_SPILLOVER = p("returns.spillover", "0–1", 0, 1,
            "share of the targeted statuses' hazard felt by holders of statuses not targeted", SHARE);
    public static final Parameter RETURNS_YEARS = fixed("returns.yearsEffect", "per year", 0, 10,
            "hazard × exp(−effect × years in the country)", "not negative: longer stays never raise the hazard");
    public static final Parameter RETURNS_LIVELIHOOD = fixed("returns.livelihoodFactor", "×", 0, 10,
            "hazard × factor for a household with a stable livelihood", "not negative");

    public static final Parameter RETURNS_WARNING = p("returns.warningFear", "0–1", 0, 1,
            "fear of a household told of a deadline, at the announcement and as the deadline nears, relative to "
                    + "the full fear at a phase's start", SHARE);

    // ---- trade ------------------------------------------------------------------------------
    public static final Parameter TRADE_DAILY = p("trade.dailyValueUsd", "USD/day", 0, BIG,
            "bilateral trade a day with every crossing open at the initial trust", "not negative");
    public static final Parameter TRADE_TRUST = p("trade.trustElasticity", "×", 0, 100,
            "trade × (1 + elasticity × (mean trust − initial mean trust))", WEIGHT);
    public static final Parameter TRADE_RESIDUAL = p("trade.closedResidualShare", "0–1", 0, 1,
            "share of a closed crossing's trade that still passes (diverted)", SHARE);

    // ---- self-excitation of attacks (ODD §7.19) ----------------------------------------------
    public static final Parameter EXCITATION_BRANCHING = p("excitation.branchingRatio", "attacks/attack", 0, 0.95,
            "attacks directly triggered by one attack without deaths (the Hawkes branching ratio)",
            "below 1, or the attacks would multiply without end; 0.95 keeps the cascade finite");
    public static final Parameter EXCITATION_MEMORY = p("excitation.memoryDays", "days", 1, DAYS_PER_YEAR,
            "mean delay from an attack to the attacks it triggers", "at least a day, at most a year");
    public static final Parameter EXCITATION_SIZE = p("excitation.sizeWeight", "per ln(1 + deaths/D₀)", 0, 10,
            "an attack with D deaths triggers branchingRatio × (1 + weight × ln(1 + D/massCasualtyMinDeaths))",
            "not negative: deadlier attacks never trigger fewer; ten is beyond any published estimate");
    public static final Parameter EXCITATION_REVENGE = p("excitation.perFighterKilled", "attacks/fighter killed", 0, 1,
            "revenge attacks triggered per fighter killed by the host's operations or strikes",
            "not negative; at most one attack for every fighter lost (at 1 the revenge for a year of operations is "
                    + "several times the baseline's attacks, and the loop burns the group out)");

    // ---- attack-triggered response (ODD §7.20) ----------------------------------------------
    public static final Parameter RESPONSE_MEMORY = p("response.memoryDays", "days", 1, DAYS_PER_YEAR,
            "mean age of the deaths on its own soil that a government's alarm remembers", "at least a day, at most a year");
    public static final Parameter RESPONSE_THRESHOLD = p("response.threshold", "fatality-equivalents", 1e-9, BIG,
            "alarm at which the response to attacks is half its full level", "positive (it divides)");
    public static final Parameter RESPONSE_REACTIVITY = p("response.reactivity", "×", 0, 100,
            "full response level: hostile hazards, operations tempo and answers to force × (1 + level)", WEIGHT);
    public static final Parameter RESPONSE_PROVOCATION = p("response.provocationDeaths", "security deaths", 1e-9, 10_000,
            "security personnel killed in one attack by militants the other side hosts at which the attack provokes "
                    + "half as surely as a strike", "positive (it divides); ten thousand is beyond any attack");

    // ---- reciprocity between the governments (ODD §7.23) --------------------------------------
    public static final Parameter RECIPROCITY_MEMORY = p("reciprocity.memoryDays", "days", 1, DAYS_PER_YEAR,
            "mean age of the other government's acts that a government answers in kind", "at least a day, at most a year");
    public static final Parameter RECIPROCITY_SCALE = p("reciprocity.scale", "Goldstein units", 1e-9, BIG,
            "hostile (or cooperative) units remembered at which their effect is half its full value",
            "positive (it divides)");
    public static final Parameter RECIPROCITY_HOSTILE = p("reciprocity.hostileGain", "×", 0, 100,
            "full effect of hostility received: hostile hazards × (1 + gain), openness to contact ÷ (1 + gain)", WEIGHT);
    public static final Parameter RECIPROCITY_COOPERATIVE = p("reciprocity.cooperativeGain", "×", 0, 100,
            "full effect of cooperation between the governments: openness × (1 + gain), hostile hazards ÷ (1 + gain)",
            WEIGHT);

    // ---- loop switches (for ablation; all true in a normal run) ---------------------------------
    private static Parameter loop(String key, String description) {
        return ParameterRegistry.flag("behaviour.loops." + key, "true", true, description);
    }

    public static final Parameter LOOP_PRESSURE = loop("pressureCoercion", "domestic pressure drives coercion");
    public static final Parameter LOOP_COERCION = loop("coercionGrievance",
            "coercion (hostile acts, returns, closures) raises the other side's grievance");
    public static final Parameter LOOP_GRIEVANCE = loop("grievanceRestraint",
            "grievance lowers the haven's restraint of the militants it hosts");
    public static final Parameter LOOP_HAVEN = loop("havenAttacks", "a secure haven raises attack and recruitment rates");
    public static final Parameter LOOP_DIPLOMACY = loop("diplomacyTrust",
            "cooperative events raise trust and relieve grievance");
    public static final Parameter LOOP_TRADE = loop("tradeTies",
            "trade raises restraint and the cost of coercion; a closure costs the closing side too");
    public static final Parameter LOOP_STRIKE = loop("strikeRetaliation",
            "strikes mobilise the struck group for revenge and draw retaliation");
    public static final Parameter LOOP_EQUIPMENT = loop("equipmentLethality", "advanced equipment makes attacks deadlier");
    public static final Parameter LOOP_EXCITATION = loop("selfExcitation",
            "attacks, and fighters killed by the host, trigger further attacks");
    public static final Parameter LOOP_RESPONSE = loop("attackResponse",
            "deaths on a government's soil raise its hostile hazards and operations tempo");
    public static final Parameter LOOP_RECIPROCITY = loop("reciprocity",
            "each government answers the other's hostile and cooperative acts in kind");

    /** Every entry of this class, in file order. */
    static List<Parameter> all() {
        return List.of(PRESSURE_PER_FATALITY, PRESSURE_SECURITY_WEIGHT, PRESSURE_PER_RETURNEES, PRESSURE_PER_CLOSED_DAY,
                PRESSURE_HALF_LIFE, PRESSURE_SATURATION, GRIEVANCE_PER_HOSTILE, GRIEVANCE_PER_COOPERATIVE,
                GRIEVANCE_PER_RETURNED, GRIEVANCE_PER_CLOSED_DAY, GRIEVANCE_HALF_LIFE, GRIEVANCE_SATURATION,
                TRUST_HOSTILE, TRUST_COOPERATIVE, TRUST_REVERSION, RESTRAINT_INTERCEPT, RESTRAINT_TRUST,
                RESTRAINT_GRIEVANCE, RESTRAINT_TRADE, RESTRAINT_ADJUSTMENT, HAVEN_EFFECT, HAVEN_RECRUITMENT,
                REVENGE_BOOST, REVENGE_HALF_LIFE, SECURITY_ATTACK_DEATHS, CIVILIAN_ATTACK_DEATHS, DISPERSION,
                EQUIPMENT_LETHALITY, SECURITY_VICTIM_SHARE, ATTACKERS_KILLED, OPS_KILLS, OPS_ELASTICITY, OPS_PRESSURE_GAIN, OPS_SECURITY_DEATHS,
                ATTRIBUTION, MASS_SHARE, MASS_MIN, MASS_MAX, MASS_EXPONENT, DEPORTATION_GAIN, STRIKE_THRESHOLD,
                STRIKE_TRUST_CEILING, STRIKE_DEATHS, STRIKE_MILITANT_SHARE, CLASH_DEATHS, CLASH_HOST_SHARE,
                RETALIATION_DELAY, TRADE_COST, RETURNS_BACKGROUND,
                RETURNS_FEAR, RETURNS_FEAR_HALF_LIFE, RETURNS_THREAT, RETURNS_RISK_HALF_LIFE, RETURNS_SPILLOVER,
                RETURNS_YEARS, RETURNS_LIVELIHOOD, RETURNS_WARNING, TRADE_DAILY, TRADE_TRUST, TRADE_RESIDUAL, EXCITATION_BRANCHING,
                EXCITATION_MEMORY, EXCITATION_SIZE, EXCITATION_REVENGE, RESPONSE_MEMORY, RESPONSE_THRESHOLD,
                RESPONSE_REACTIVITY, RESPONSE_PROVOCATION, RECIPROCITY_MEMORY, RECIPROCITY_SCALE, RECIPROCITY_HOSTILE,
                RECIPROCITY_COOPERATIVE, LOOP_PRESSURE,
                LOOP_COERCION, LOOP_GRIEVANCE, LOOP_HAVEN, LOOP_DIPLOMACY, LOOP_TRADE, LOOP_STRIKE, LOOP_EQUIPMENT,
                LOOP_EXCITATION, LOOP_RESPONSE, LOOP_RECIPROCITY);
    }
}
