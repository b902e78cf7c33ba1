/**
 * The {@code durand} command line (picocli): run, validate, calibrate, compare, table, examples,
 * bench. Exit codes: 0 success, 2 bad input, 1 internal error.
 */
package org.durand.cli;
