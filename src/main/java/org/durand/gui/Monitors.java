package org.durand.gui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.durand.model.Government;
import org.durand.model.Intervention;
import org.durand.model.TensionModel;

/**
 * The read-only monitors of the "Now" tab, in a class's words (the date is in the {@link RunBar}):
 * the tension index, deaths this month and since the start, refugees remaining, trust and grievance both ways, the
 * haven's restraint, the border, a ceasefire, and what will happen tomorrow.
 */
final class Monitors {

    /** What a monitor shows before the first start. */
    private static final String NOT_YET = "—";

    private Monitors() {
    }

    static List<Row> rows(DurandWithUI gui) {
        TensionModel first = gui.model();
        String host = first.scenario().host().name();
        String haven = first.scenario().haven().name();
        return List.of(
                number(gui, "Tension index (0–100)", TensionModel::getTensionIndex,
                        "0 calm, 100 crisis: recent hostile and cooperative events and mutual trust"),
                whole(gui, "Deaths this month", r -> r.fatalitiesThisMonth(),
                        "security forces, civilians and militants killed in " + host + " this month"),
                whole(gui, "Deaths since the start", r -> r.fatalities(), "all deaths in " + host + " since the start"),
                number(gui, "Refugees remaining", m -> m.population().getRemaining(), "refugees still in " + host),
                number(gui, host + ": trust", m -> gov(m, true, Government::getTrust),
                        "trust in " + haven + ": 0 none, 1 full"),
                number(gui, haven + ": trust", m -> gov(m, false, Government::getTrust),
                        "trust in " + host + ": 0 none, 1 full"),
                number(gui, host + ": grievance", m -> gov(m, true, Government::getGrievance),
                        "against " + haven + ": weight of recent hostile acts suffered; it fades with a half-life"),
                number(gui, haven + ": grievance", m -> gov(m, false, Government::getGrievance),
                        "against " + host + ": weight of recent hostile acts suffered; it fades with a half-life"),
                number(gui, haven + ": restraint", m -> gov(m, false, Government::getRestraint),
                        "of the militants it hosts: 0 free hand, 1 fully restrained; rises with trust, falls with grievance"),
                text(gui, "Border", Monitors::border, "crossings closed today, of all crossings"),
                text(gui, "Ceasefire", m -> m.host() != null && m.isCeasefire() ? "holding" : "none",
                        "no strikes or border clashes while it holds"),
                text(gui, "Tomorrow", Monitors::tomorrow, "events asked for, applied at the start of the next day"));
    }

    private static double gov(TensionModel m, boolean host, ToDoubleFunction<Government> what) {
        return what.applyAsDouble(host ? m.host() : m.haven());
    }

    private static String border(TensionModel m) {
        if (m.border() == null) {
            return "open";
        }
        int n = m.scenario().crossings().size();
        int closed = 0;
        for (int c = 0; c < n; c++) {
            closed += m.border().isClosed(m, c) ? 1 : 0;
        }
        return closed == 0 ? "open" : closed + " of " + n + " closed";
    }

    private static String tomorrow(TensionModel m) {
        List<Intervention> next = m.pendingInterventions();
        return next.isEmpty() ? "—" : String.join(", ", next.stream().map(Intervention::label).toList());
    }

    private static Row text(DurandWithUI gui, String name, Function<TensionModel, String> value, String description) {
        return Row.monitor(name, String.class, () -> gui.model().host() == null ? NOT_YET
                : value.apply(gui.model()), description);
    }

    private static Row number(DurandWithUI gui, String name, ToDoubleFunction<TensionModel> value, String description) {
        return Row.monitor(name, double.class, () -> gui.model().host() == null ? NOT_YET
                : (Object) value.applyAsDouble(gui.model()), description);
    }

    private static Row whole(DurandWithUI gui, String name, Function<LiveRecord, Long> value, String description) {
        return Row.monitor(name, long.class, () -> {
            LiveRecord r = gui.record();
            return r == null ? NOT_YET : (Object) value.apply(r);
        }, description);
    }
}
