package org.durand.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the SLURM cluster this command runs on allows, asked of {@code scontrol show config} when
 * it is there and answers: the largest job array ({@code MaxArraySize}; an array's indices run
 * from 0 to MaxArraySize − 1).
 */
final class SlurmCluster {

    /** SLURM's default MaxArraySize (slurm.conf(5)), assumed when the cluster cannot be asked. */
    static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

    private static final Pattern MAX_ARRAY = Pattern.compile("(?m)^\\s*MaxArraySize\\s*=\\s*(\\d+)");

    private SlurmCluster() {
    }

    /** MaxArraySize from {@code scontrol show config}, or empty when scontrol is missing or does not answer in 10 s. */
    static OptionalInt maxArraySize() {
        try {
            Process p = new ProcessBuilder("scontrol", "show", "config").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return OptionalInt.empty();
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? parse(text) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** MaxArraySize in the text of {@code scontrol show config}. */
    static OptionalInt parse(String config) {
        Matcher m = MAX_ARRAY.matcher(config);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
