package org.durand.observe;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.durand.model.DayTally;
import org.durand.model.MilitantGroup;
import org.durand.model.RefugeePopulation;
import org.durand.model.TensionModel;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Reads the model at the end of every day and builds the monthly series: flows are summed,
 * stocks taken at the last day of the month, levels averaged over the days. It only reads.
 */
public final class MonthlyRecorder implements Steppable {

    private static final long serialVersionUID = 1L;

    private final MetricSet metrics;
    private final List<YearMonth> months = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();
    private final int[] provinceMetric;
    private final int[] statusMetric;
    private final int[] groupMetric;
    private final int tension;
    private double[] current;
    private int daysInCurrent;

    public MonthlyRecorder(MetricSet metrics, TensionModel model) {
        this.metrics = metrics;
        this.provinceMetric = model.provinceIds().stream().mapToInt(p -> metrics.indexOf("fatalities_" + p)).toArray();
        this.statusMetric = model.scenario().refugees().statuses().keySet().stream()
                .mapToInt(s -> metrics.indexOf("refugees_status_" + s)).toArray();
        this.groupMetric = model.scenario().groups().keySet().stream()
                .mapToInt(g -> metrics.indexOf("fighters_" + g)).toArray();
        this.tension = metrics.indexOf("tension_index");
    }

    @Override
    public void step(SimState state) {
        TensionModel m = (TensionModel) state;
        YearMonth month = YearMonth.from(m.date());
        if (months.isEmpty() || !months.get(months.size() - 1).equals(month)) {
            closeMonth();
            months.add(month);
            current = new double[metrics.size()];
            daysInCurrent = 0;
        }
        daysInCurrent++;
        addFlows(m.today(), m);
        setStocks(m);
        current[tension] += m.getTensionIndex();
    }

    private void addFlows(DayTally t, TensionModel m) {
        double sec = 0;
        double civ = 0;
        double mil = 0;
        for (int p = 0; p < provinceMetric.length; p++) {
            int all = t.security(p) + t.civilian(p) + t.militant(p);
            current[provinceMetric[p]] += all;
            sec += t.security(p);
            civ += t.civilian(p);
            mil += t.militant(p);
        }
        add("fatalities_security", sec);
        add("fatalities_civilian", civ);
        add("fatalities_militant", mil);
        add("fatalities_total", sec + civ + mil);
        add("fatalities_haven_security", t.havenSecurity());
        add("fatalities_haven_civilian", t.havenCivilian());
        add("fatalities_haven_militant", t.havenMilitant());
        add("fatalities_haven_total", t.havenSecurity() + t.havenCivilian() + t.havenMilitant());
        add("goldstein_sum", t.goldstein());
        add("attacks", t.attacks());
        add("returns_deported", t.deported());
        add("returns_pressured", t.pressured());
        add("returns_total", t.deported() + t.pressured());
        add("border_closed_days", t.borderClosed() ? 1 : 0);
        add("trade_value_usd", t.tradeUsd());
        add("strikes", t.airStrikes());
        add("clashes", t.clashes());
        add("diplomatic_events", t.diplomatic());
    }

    private void setStocks(TensionModel m) {
        RefugeePopulation pop = m.population();
        set("refugees_remaining", pop.getRemaining());
        for (int k = 0; k < statusMetric.length; k++) {
            current[statusMetric[k]] = pop.remaining(k);
        }
        set("trust_host", m.host().getTrust());
        set("trust_haven", m.haven().getTrust());
        set("grievance_host", m.host().getGrievance());
        set("grievance_haven", m.haven().getGrievance());
        set("pressure_host", m.host().getPressure());
        set("pressure_haven", m.haven().getPressure());
        set("restraint_haven", m.haven().getRestraint());
        set("operations_host", m.host().getOpsTempo());
        int all = 0;
        for (int g = 0; g < groupMetric.length; g++) {
            MilitantGroup group = m.groups().get(g);
            current[groupMetric[g]] = group.getFighters();
            all += group.getFighters();
        }
        set("fighters", all);
    }

    private void add(String metric, double v) {
        current[metrics.indexOf(metric)] += v;
    }

    private void set(String metric, double v) {
        current[metrics.indexOf(metric)] = v;
    }

    private void closeMonth() {
        if (current != null) {
            current[tension] /= daysInCurrent;
            columns.add(current);
            current = null;
        }
    }

    /** The finished series (call once, after the run). */
    public MonthlySeries series() {
        closeMonth();
        double[][] values = new double[metrics.size()][columns.size()];
        for (int m = 0; m < columns.size(); m++) {
            for (int k = 0; k < metrics.size(); k++) {
                values[k][m] = columns.get(m)[k];
            }
        }
        return new MonthlySeries(metrics, months, values);
    }
}
