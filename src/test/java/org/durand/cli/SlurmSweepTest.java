package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand sweep --slurm} on a one-node SLURM cluster started for the test (munged, slurmctld
 * and slurmd from Debian's slurm-wlm and munge, configured in a temporary folder): the job array
 * runs the shards, the merge joins them, and the result equals the unsharded sweep byte for byte.
 * Skipped only when the SLURM or munge programs are not installed (.ci/run installs them).
 */
class SlurmSweepTest {

    private static final List<String> PROGRAMS = List.of("munged", "slurmctld", "slurmd", "sbatch", "sinfo");

    @TempDir
    Path tmp;

    @Test
    void jobArrayShardsMergeToTheWholeSweep() throws Exception {
        for (String p : PROGRAMS) {
            assumeTrue(which(p) != null, "SLURM test skipped: '" + p + "' is not installed (apt-get install slurm-wlm munge)");
        }
        assumeTrue("root".equals(System.getProperty("user.name")),
                "SLURM test skipped: the one-node cluster runs its daemons as root (SlurmUser=root)");
        Path whole = tmp.resolve("whole");
        assertEquals(0, Main.execute(args(whole)));
        Path sweep = tmp.resolve("cluster");
        assertEquals(0, Main.execute(TestScenarios.plus(args(sweep), "--slurm", "--tasks", "4", "--threads", "1")));
        assertTrue(Files.readString(sweep.resolve("sweep.sbatch")).contains("#SBATCH --array=0-3"));
        List<Process> daemons = new ArrayList<>();
        try {
            Path conf = cluster(tmp.resolve("slurm"), daemons);
            waitForIdle(conf);
            Process job = command(conf, "sbatch", "--array=0-3", "--wait", sweep.resolve("sweep.sbatch").toString());
            String out = output(job, 300);
            assertEquals(0, job.exitValue(), out + logs(sweep));
            Process merge = command(conf, "bash", sweep.resolve("merge.sh").toString());
            String merged = output(merge, 120);
            assertEquals(0, merge.exitValue(), merged);
            assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(sweep.resolve("runs.csv")));
        } finally {
            java.util.Collections.reverse(daemons);
            // each daemon is gone before JUnit deletes the folder it writes its state and logs into
            for (Process d : daemons) {
                d.destroy();
                if (!d.waitFor(20, TimeUnit.SECONDS)) {
                    d.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static String[] args(Path out) {
        return new String[] {"sweep", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--vary", "governments.host.hawkishness=0.3:0.9", "--design", "random", "--samples", "4", "--reps",
                "2", "--seed", "9", "--outcome", "fatalities_total.all", "--outcome", "tension_index.all",
                "--out", out.toString(), "--no-charts"};
    }

    /** Writes munge and SLURM configuration under {@code dir}, starts the three daemons, returns slurm.conf. */
    private static Path cluster(Path dir, List<Process> daemons) throws IOException {
        Files.createDirectories(dir.resolve("state"));
        Files.createDirectories(dir.resolve("spool"));
        Path key = dir.resolve("munge.key");
        byte[] secret = new byte[1024];
        new java.security.SecureRandom().nextBytes(secret);
        Files.write(key, secret);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        String host = new String(new ProcessBuilder("hostname", "-s").start().getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim();
        Path socket = dir.resolve("munge.socket");
        int[] ports = freePorts(2);
        String conf = String.join("\n",
                "ClusterName=durandtest",
                "SlurmctldHost=" + host,
                "SlurmUser=root",
                "SlurmctldPort=" + ports[0],
                "SlurmdPort=" + ports[1],
                "AuthType=auth/munge",
                "AuthInfo=socket=" + socket,
                "CredType=cred/munge",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("slurmctld.log"),
                "SlurmdLogFile=" + dir.resolve("slurmd.log"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "ReturnToService=2",
                "MpiDefault=none",
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "NodeName=" + host + " CPUs=" + Runtime.getRuntime().availableProcessors() + " State=UNKNOWN",
                "PartitionName=debug Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP", "");
        Path slurmConf = dir.resolve("slurm.conf");
        Files.writeString(slurmConf, conf);
        daemons.add(start(dir, "munged.out", "munged", "-F", "--force", "--key-file=" + key, "--socket=" + socket,
                "--pid-file=" + dir.resolve("munged.pid"), "--log-file=" + dir.resolve("munged.log"),
                "--seed-file=" + dir.resolve("munge.seed")));
        waitFor(() -> Files.exists(socket), 20, "munged did not open its socket");
        daemons.add(start(dir, "slurmctld.out", "slurmctld", "-D", "-f", slurmConf.toString()));
        daemons.add(start(dir, "slurmd.out", "slurmd", "-D", "-f", slurmConf.toString()));
        return slurmConf;
    }

    private static Process start(Path dir, String log, String... command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static void waitForIdle(Path conf) throws Exception {
        waitFor(() -> {
            Process p = command(conf, "sinfo", "-h", "-o", "%T");
            return output(p, 10).contains("idle");
        }, 60, "the node never became idle in sinfo");
    }

    private static Process command(Path conf, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SLURM_CONF", conf.toString());
        return pb.start();
    }

    private static String output(Process p, int seconds) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "timed out: " + out);
        return out;
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check, int seconds, String message) throws IOException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try {
            while (System.nanoTime() < end) {
                if (check.ok()) {
                    return;
                }
                Thread.sleep(250);
            }
        } catch (Exception e) {
            throw new IOException(message + ": " + e, e);
        }
        throw new IOException(message);
    }

    private static String logs(Path sweep) throws IOException {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(sweep)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("slurm-")).toList()) {
                b.append('\n').append(f.getFileName()).append(":\n").append(Files.readString(f));
            }
        }
        return b.toString();
    }

    /** {@code n} ports free now, distinct: each socket is held until all are chosen. */
    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] held = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                held[i] = new ServerSocket(0);
                ports[i] = held[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : held) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }

    private static Path which(String program) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(":")) {
            Path p = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
