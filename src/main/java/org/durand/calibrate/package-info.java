/**
 * Calibration: observed targets compared with replicate means
 * ({@link org.durand.calibrate.TargetEvaluator}), and CMA-ES over bounded parameters with common
 * random numbers ({@link org.durand.calibrate.Calibration}).
 */
package org.durand.calibrate;
