/**
 * Calibration: CMA-ES over bounded parameters with common random numbers
 * ({@link org.durand.calibrate.Calibration}) and approximate Bayesian computation by sequential
 * Monte Carlo ({@link org.durand.calibrate.AbcSmc}), both scoring runs against observed targets
 * ({@link org.durand.experiment.TargetEvaluator}) by one misfit ({@link org.durand.calibrate.Misfit});
 * posterior predictive checks, backtests against naive forecasts, and the tables they write
 * ({@link org.durand.calibrate.AbcCsv}).
 */
package org.durand.calibrate;
