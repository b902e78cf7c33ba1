package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLURM scripts and the command printed to submit them name a folder whatever characters its
 * path holds (a space, a quote, {@code #}, {@code %}): each script parses ({@code sh -n}, {@code bash -n});
 * the printed command runs with the shell the scripts are written for (bash; Debian's sh has no
 * {@code pipefail}); the
 * {@code #SBATCH} line reads, by sbatch's rules, as the folder's log pattern; and the scripts, run
 * with stand-ins for {@code sbatch} and {@code java} that record their arguments, pass the folder's
 * paths whole. No SLURM is needed.
 */
class SlurmQuotingTest {

    @TempDir
    Path dir;

    private Cli.Result slurm(Path out) {
        return Cli.run("sweep", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE, "--vary",
                "governments.host.hawkishness=0.3:0.9", "--samples", "4", "--slurm", "--tasks", "2", "--threads", "2",
                "--out", out.toString());
    }

    /**
     * The arguments sbatch reads from the text after {@code #SBATCH}: words split at blanks outside
     * quotes, a backslash escaping the next character (inside quotes too), an unescaped {@code #}
     * ending the line outside quotes. With {@code doubleOnly} as older releases read it: only
     * {@code "} quotes, and any unescaped {@code #} ends the line.
     */
    static List<String> sbatchArguments(String line, boolean doubleOnly) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        boolean escape = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
                word = word == null ? new StringBuilder() : word;
                continue;
            } else if (quote != 0 && c == quote) {
                quote = 0;
                continue;
            } else if (quote == 0 && (c == '"' || c == '\'' && !doubleOnly)) {
                quote = c;
                word = word == null ? new StringBuilder() : word;
                continue;
            } else if (c == '#' && (quote == 0 || doubleOnly)) {
                break;
            } else if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            word.append(c);
        }
        assertEquals(0, quote, "an unmatched quote in #SBATCH" + line);
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }

    private static String sbatchLine(Path script, String option) throws IOException {
        return Files.readAllLines(script).stream().filter(l -> l.startsWith("#SBATCH " + option)).findFirst()
                .orElseThrow().substring("#SBATCH".length());
    }

    /** A stand-in program that appends its arguments, one a line, then "--", to {@code log}, and prints {@code reply}. */
    private static Path standIn(Path file, Path log, String reply) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + log + "'\necho -- >> '" + log + "'\n"
                + (reply.isEmpty() ? "" : "echo " + reply + "\n"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** The calls a stand-in recorded, each its list of arguments. */
    private static List<List<String>> calls(Path log) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (String l : Files.readAllLines(log)) {
            if (l.equals("--")) {
                out.add(call);
                call = new ArrayList<>();
            } else {
                call.add(l);
            }
        }
        return out;
    }

    private static String run(List<String> command, Map<String, String> env, Path in) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), command + ": " + said);
        return said;
    }

    @Test
    void aFolderWithASpaceAQuoteAHashAndAPercentIsNamedWhole() throws Exception {
        Path out = dir.resolve("sl dir").resolve("it's #1 %x");
        Cli.Result r = slurm(out);
        assertEquals(0, r.exit(), r::all);
        String abs = out.toAbsolutePath().normalize().toString();
        for (String script : List.of("sweep.sbatch", "merge.sh", "submit.sh")) {
            for (String shell : List.of("sh", "bash")) {
                run(List.of(shell, "-n", out.resolve(script).toString()), Map.of(), dir);
            }
        }
        String logs = abs.replace("%", "%%") + "/slurm-%A_%a.out";   // sbatch reads %% as a plain %
        String line = sbatchLine(out.resolve("sweep.sbatch"), "--output");
        assertEquals(List.of("--output=" + logs), sbatchArguments(line, false), line);
        assertEquals(List.of("--output=" + logs), sbatchArguments(line, true), line);

        Path sbatchLog = dir.resolve("sbatch.log");
        Path javaLog = dir.resolve("java.log");
        Path bin = standIn(dir.resolve("bin/sbatch"), sbatchLog, "42").getParent();
        Path javaHome = standIn(dir.resolve("jdk/bin/java"), javaLog, "").getParent().getParent();
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "JAVA_HOME", javaHome.toString());

        String hint = r.err().lines().filter(l -> l.contains("submit with: ")).findFirst().orElseThrow();
        String submit = hint.substring(hint.indexOf("submit with: ") + "submit with: ".length());
        run(List.of("sh", "-c", submit), env, dir);   // the printed command, pasted into a shell
        List<List<String>> submitted = calls(sbatchLog);
        assertEquals(List.of("--parsable", abs + "/sweep.sbatch"), submitted.get(0));
        assertEquals(List.of("--dependency=afterok:42", "--job-name=durand-merge", "--output=" + abs.replace("%", "%%")
                + "/slurm-merge-%j.out", abs + "/merge.sh"), submitted.get(1));

        run(List.of("bash", out.resolve("sweep.sbatch").toString()), Map.of("PATH", System.getenv("PATH"),
                "JAVA_HOME", javaHome.toString(), "SLURM_ARRAY_TASK_ID", "1"), dir);
        run(List.of("bash", out.resolve("merge.sh").toString()), env, dir);
        List<List<String>> java = calls(javaLog);
        List<String> task = java.get(0);
        int sweep = task.indexOf("sweep");
        assertEquals(List.of("sweep", "--plan", abs + "/plan.yaml", "--out", abs + "/shard-1", "--shard", "1/2"),
                task.subList(sweep, sweep + 7), task::toString);
        List<String> merge = java.get(1);
        int m = merge.indexOf("merge");
        assertEquals(List.of("merge", abs + "/shard-0", abs + "/shard-1", "--out", abs), merge.subList(m, m + 5),
                merge::toString);
    }

    @Test
    void aPlainFolderIsWrittenAsBefore() throws Exception {
        Path out = dir.resolve("plain-sweep");
        Cli.Result r = slurm(out);
        assertEquals(0, r.exit(), r::all);
        String abs = out.toAbsolutePath().normalize().toString();
        assertTrue(Files.readString(out.resolve("sweep.sbatch")).contains("\n#SBATCH --output=" + abs
                + "/slurm-%A_%a.out\n"), () -> read(out.resolve("sweep.sbatch")));
        assertTrue(r.err().contains("; submit with: bash " + abs + "/submit.sh\n"), r::all);
    }

    @Test
    void aFolderWhoseNameHoldsALineBreakIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("two\nlines");
        Cli.Result r = slurm(out);
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("a folder whose name holds a line break cannot be named in a #SBATCH line"),
                r::all);
        assertTrue(!Files.exists(out), "nothing written");
        assertEquals(List.of(), Arrays.asList(dir.toFile().list()));
    }

    @Test
    void aFolderWhoseNameHoldsABackslashIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("back\\slash");
        Cli.Result r = slurm(out);
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("a folder whose name holds a backslash cannot hold the tasks' logs"), r::all);
        assertTrue(!Files.exists(out), "nothing written");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
