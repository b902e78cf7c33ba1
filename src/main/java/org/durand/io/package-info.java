/**
 * How Durand writes files, declared once for every package that writes them (run folders, sweeps,
 * calibrations, charts, the scenario's recorded values): one CSV dialect ({@link org.durand.io.Csv}),
 * one exact, locale-free number format ({@link org.durand.io.Numbers}), files replaced atomically
 * ({@link org.durand.io.AtomicFiles}), one lock per folder so two commands never write the same one
 * ({@link org.durand.io.FolderLock}), and the version every manifest names
 * ({@link org.durand.io.Version}). It depends on no other Durand package.
 *
 * <pre>{@code
 * AtomicFiles.write(file, out -> {
 *     CSVPrinter csv = Csv.printer(out, "month", "value");
 *     csv.printRecord("2024-01", Numbers.format(0.1 + 0.2));   // 0.30000000000000004, reads back exactly
 *     csv.flush();
 * });
 * }</pre>
 */
package org.durand.io;
