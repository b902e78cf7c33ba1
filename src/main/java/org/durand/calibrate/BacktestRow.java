package org.durand.calibrate;

/**
 * One scored target of a backtest: the model's out-of-sample prediction beside two naive
 * forecasts made from the fitted observations only ({@link NaiveForecast}).
 *
 * @param predictive the model's predictive distribution for the target (draws from the posterior
 *                   fitted to the earlier targets)
 * @param naiveLast  the forecast carrying the last fitted period's rate forward (NaN when no fitted
 *                   target observes the same metric)
 * @param naiveMean  the forecast at the fitting window's mean rate (NaN as for {@code naiveLast})
 */
public record BacktestRow(Predictive predictive, double naiveLast, double naiveMean) {

    /** (forecast − observed) / observed for {@code forecast}; NaN when the forecast is NaN. */
    public double relativeError(double forecast) {
        double observed = predictive.target().observed();
        return (forecast - observed) / observed;
    }
}
