package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job-array script takes its CPUs from the task's allocation and its Java from the node's
 * environment, may throttle the array, and an array larger than SLURM's default limit is warned
 * about when the cluster's own limit cannot be read.
 */
class SlurmScriptTest {

    @TempDir
    Path dir;

    @Test
    void theClustersArrayLimitIsReadFromScontrol() {
        assertEquals(OptionalInt.of(40001), SlurmCluster.parse("Configuration data as of 2026-01-01T00:00:00\n"
                + "MailProg                = /bin/mail\nMaxArraySize            = 40001\nMaxJobCount = 10000\n"));
        assertEquals(OptionalInt.empty(), SlurmCluster.parse("slurm_load_ctl_conf error: Unable to contact slurm controller"));
    }

    @Test
    void theScriptUsesTheAllocationAndTheNodesJavaAndCanThrottle() throws Exception {
        Path out = dir.resolve("sweep");
        Cli.Result r = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE, "--vary",
                "governments.host.hawkishness=0.3:0.9", "--design", "lhs", "--samples", "2000", "--slurm", "--tasks",
                "2000", "--max-running", "50", "--threads", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r::all);
        String sbatch = Files.readString(out.resolve("sweep.sbatch"));
        assertTrue(sbatch.contains("#SBATCH --array=0-1999%50\n"), sbatch);
        assertTrue(sbatch.contains("#SBATCH --cpus-per-task=3\n"), sbatch);
        assertTrue(sbatch.contains("--threads \"${SLURM_CPUS_PER_TASK:-3}\""), sbatch);
        assertTrue(sbatch.contains("java=\"$JAVA_HOME/bin/java\"") && sbatch.contains("command -v java"), sbatch);
        assertTrue(Files.readString(out.resolve("merge.sh")).contains("command -v java"));
        if (SlurmCluster.maxArraySize().isEmpty()) {
            assertTrue(r.err().contains("warning: --tasks 2000 is above SLURM's default MaxArraySize (1001)"), r::all);
        }
    }
}
