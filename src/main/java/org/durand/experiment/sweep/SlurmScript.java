package org.durand.experiment.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.durand.io.AtomicFiles;

/**
 * Writes the scripts that run a sweep as a SLURM job array beside its {@code plan.yaml}:
 * {@code sweep.sbatch} (array task k runs shard k of N into {@code shard-k/}, with {@code --resume}
 * so a requeued task finishes its shard), {@code merge.sh} (joins the shards into the folder) and
 * {@code submit.sh} (submits the array, then the merge once every task has succeeded). The tasks run
 * the Java of the node's environment ({@code $JAVA_HOME/bin/java}, else {@code java} on the PATH,
 * else this machine's) with this class path, so the cluster nodes must share the file system; each
 * task uses the CPUs its allocation gives ({@code SLURM_CPUS_PER_TASK}).
 */
public final class SlurmScript {

    /** The job-array script. */
    public static final String SBATCH = "sweep.sbatch";
    /** The merge step. */
    public static final String MERGE = "merge.sh";
    /** Submits both. */
    public static final String SUBMIT = "submit.sh";

    private SlurmScript() {
    }

    /**
     * Writes the three scripts into {@code dir}, which holds the sweep's {@code plan.yaml}.
     *
     * @param tasks      array tasks N, one shard each
     * @param threads    CPUs requested per task (each task runs on the CPUs it is given)
     * @param maxRunning at most this many tasks at once (the array's {@code %N} throttle); 0 for no limit
     * @return the job-array script
     * @throws IllegalArgumentException when the folder's name holds a line break, which no
     *                                  {@code #SBATCH} line can hold
     */
    public static Path write(Path dir, int tasks, int threads, int maxRunning) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!unnameable(dir).isEmpty()) {
            throw new IllegalArgumentException(unnameable(dir));
        }
        String durand = "\"$java\"" + durandArguments();
        String folder = quote(abs.toString());
        // SLURM reads % in a file name as a pattern (%A the array job, %a the task): a literal one is %%
        String logs = abs.toString().replace("%", "%%");
        String sbatch = String.join("\n",
                "#!/bin/bash",
                "#SBATCH --job-name=durand-sweep",
                "#SBATCH --array=0-" + (tasks - 1) + (maxRunning > 0 ? "%" + maxRunning : ""),
                "#SBATCH --cpus-per-task=" + threads,
                "#SBATCH --output=" + sbatchWord(logs + "/slurm-%A_%a.out"),
                "# Task k runs shard k of " + tasks + " of the sweep in plan.yaml; --resume lets a requeued task",
                "# finish its shard. Then merge.sh (or submit.sh, which chains both) joins the shards.",
                "set -euo pipefail",
                "k=${SLURM_ARRAY_TASK_ID:?run with sbatch --array}",
                javaLine(),
                durand + " sweep --plan " + folder + "/plan.yaml --out " + folder + "/shard-$k --shard $k/" + tasks
                        + " --threads \"${SLURM_CPUS_PER_TASK:-" + threads + "}\" --resume --no-charts",
                "");
        String merge = String.join("\n",
                "#!/bin/bash",
                "# Joins the " + tasks + " shards of this sweep and checks that every run is there exactly once.",
                "set -euo pipefail",
                javaLine(),
                durand + " merge " + shards(folder, tasks) + " --out " + folder,
                "");
        String submit = String.join("\n",
                "#!/bin/bash",
                "# Submits the job array, then the merge once every array task has succeeded.",
                "set -euo pipefail",
                "job=$(sbatch --parsable " + folder + "/" + SBATCH + ")",
                "sbatch --dependency=afterok:${job%%;*} --job-name=durand-merge --output="
                        + quote(logs + "/slurm-merge-%j.out") + " " + folder + "/" + MERGE,
                "echo \"submitted array job $job and its merge\"",
                "");
        Path script = dir.resolve(SBATCH);
        for (String[] f : List.of(new String[] {SBATCH, sbatch}, new String[] {MERGE, merge},
                new String[] {SUBMIT, submit})) {
            Path p = dir.resolve(f[0]);
            AtomicFiles.writeString(p, f[1]);
            try {
                java.nio.file.Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: run the scripts with bash explicitly
            }
        }
        return script;
    }

    /**
     * Why the scripts cannot name {@code dir} (its path holds a line break, which ends an
     * {@code #SBATCH} line, or a backslash, after which sbatch no longer expands {@code %A} and
     * {@code %a} in the log name), or an empty string when they can.
     */
    public static String unnameable(Path dir) {
        String abs = dir.toAbsolutePath().toString();
        if (abs.indexOf('\n') >= 0 || abs.indexOf('\r') >= 0) {
            return dir + ": a folder whose name holds a line break cannot be named in a #SBATCH line; choose "
                    + "another --out";
        }
        if (abs.indexOf('\\') >= 0) {
            // sbatch stops expanding %A and %a in a log name that holds a backslash: every task would
            // write one log file
            return dir + ": a folder whose name holds a backslash cannot hold the tasks' logs (SLURM then "
                    + "writes every task's log to one file); choose another --out";
        }
        return "";
    }

    /**
     * The shell line that chooses the node's Java: {@code $JAVA_HOME/bin/java}, else {@code java} on
     * the PATH, else the one that wrote the script.
     */
    static String javaLine() {
        String here = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "if [ -n \"${JAVA_HOME:-}\" ]; then java=\"$JAVA_HOME/bin/java\"; else java=$(command -v java || echo "
                + quote(here) + "); fi";
    }

    /** The arguments after the Java command that run this Durand: its class path and main class. */
    static String durandArguments() {
        List<String> cp = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                cp.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return " -Djava.awt.headless=true -cp " + quote(String.join(File.pathSeparator, cp)) + " org.durand.cli.Main";
    }

    private static String shards(String folder, int tasks) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < tasks; k++) {
            b.append(k == 0 ? "" : " ").append(folder).append("/shard-").append(k);
        }
        return b.toString();
    }

    /** Characters that neither sh nor an {@code #SBATCH} line reads as anything but themselves. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    /** {@code s} as one word of a shell command: single-quoted ({@code '} written {@code '\''}). */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * {@code s} as one word that a user can paste into a shell: as it is when it holds only plain
     * characters, else {@link #quote quoted}.
     */
    public static String shellWord(String s) {
        return PLAIN.matcher(s).matches() ? s : quote(s);
    }

    /**
     * {@code s} as the value of an {@code #SBATCH} option: as it is when it holds only plain
     * characters, else in double quotes with a backslash before each {@code \}, {@code "},
     * {@code '} and {@code #}. sbatch splits the line at blanks outside quotes, ends it at an
     * unescaped {@code #}, and takes a backslash to escape the next character inside quotes too;
     * older releases quote with {@code "} only and end the line at any {@code #}, which the escapes
     * also keep literal.
     */
    static String sbatchWord(String s) {
        return PLAIN.matcher(s).matches() ? s : "\"" + s.replaceAll("([\\\\\"'#])", "\\\\$1") + "\"";
    }
}
