package org.durand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.durand.model.TensionModel;
import org.junit.jupiter.api.Test;

/**
 * The packages of Durand form a layered graph: no package depends, directly or through others, on
 * a package that depends on it. A subpackage is part of its top-level package ({@code
 * experiment.sweep} is {@code experiment}), so a cycle cannot hide by passing through one. Data flow
 * one way: target evaluation lies below {@code experiment} and {@code output}, which never reach up
 * into {@code calibrate}. Dependencies are read from the compiled classes' constant pools, so fully
 * qualified names, field and method types and generic signatures count as much as imports do.
 */
class PackageCyclesTest {

    private static final String ROOT = "org/durand/";
    /** A Durand class name inside a constant-pool string: internal name or descriptor fragment. */
    private static final Pattern CLASS = Pattern.compile("org/durand/[A-Za-z0-9_$/]+");

    @Test
    void noPackageCyclesAmongDurandPackages() throws IOException, URISyntaxException {
        Map<String, Set<String>> graph = dependencies(mainClasses());
        assertTrue(graph.keySet().containsAll(Set.of("model", "scenario", "experiment", "calibrate", "output", "cli")),
                "the scan should see the main packages, saw " + graph.keySet());
        List<String> cycle = findCycle(graph);
        assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle) + "\nall dependencies: " + graph);
    }

    @Test
    void experimentsAndRunFoldersDoNotDependOnCalibration() throws IOException, URISyntaxException {
        Map<String, Set<String>> graph = dependencies(mainClasses());
        for (String below : List.of("experiment", "output")) {
            assertFalse(graph.get(below).contains("calibrate"), below + " depends on calibrate: " + graph.get(below));
        }
        assertTrue(graph.get("calibrate").contains("experiment"), "the check sees calibrate's dependencies");
    }

    @Test
    void findsACycleThroughSeveralPackagesAndNoneInALayeredGraph() {
        Map<String, Set<String>> layered = new TreeMap<>(Map.of(
                "cli", Set.of("model", "output"), "output", Set.of("model"), "model", Set.of()));
        assertEquals(List.of(), findCycle(layered));

        Map<String, Set<String>> cyclic = new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        assertEquals(List.of("a", "b", "c", "a"), findCycle(cyclic));
    }

    @Test
    void aSubpackageIsPartOfItsTopLevelPackage() {
        assertEquals("experiment", packageOf("org/durand/experiment/sweep/SweepFolder.class"));
        assertEquals("experiment", packageOf("org/durand/experiment/Replicates"));
        assertEquals("", packageOf("org/durand/Root.class"));
        // a.b -> c -> a: no cycle were a.b a package of its own, a cycle since it is part of a
        Map<String, Set<String>> graph = packageGraph(Map.of(
                "org/durand/a/b/Writer.class", List.of("org/durand/c/Result"),
                "org/durand/c/Result.class", List.of("Lorg/durand/a/Format;"),
                "org/durand/a/Format.class", List.of()));
        assertEquals(Map.of("a", Set.of("c"), "c", Set.of("a")), graph);
        assertEquals(List.of("a", "c", "a"), findCycle(graph));
        // classes of one top-level package may refer to each other freely
        assertEquals(Map.of("a", Set.of()), packageGraph(Map.of(
                "org/durand/a/b/Writer.class", List.of("org/durand/a/Format"),
                "org/durand/a/Format.class", List.of("org/durand/a/b/Writer"))));
    }

    /** The folder of compiled main classes (where {@link TensionModel} was loaded from). */
    private static Path mainClasses() throws URISyntaxException {
        return Path.of(TensionModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Top-level package (relative to org.durand) to the other Durand top-level packages its classes name. */
    private static Map<String, Set<String>> dependencies(Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve(ROOT))) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        Map<String, List<String>> strings = new TreeMap<>();
        for (Path file : files) {
            strings.put(classes.relativize(file).toString().replace('\\', '/'), constantPoolStrings(file));
        }
        return packageGraph(strings);
    }

    /**
     * The graph of top-level packages from each class file's path ({@code org/durand/...class}) and
     * the strings of its constant pool: an edge wherever a string names a class of another package.
     */
    static Map<String, Set<String>> packageGraph(Map<String, List<String>> constantPools) {
        Map<String, Set<String>> graph = new TreeMap<>();
        constantPools.forEach((file, strings) -> {
            String from = packageOf(file);
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (String text : strings) {
                Matcher m = CLASS.matcher(text);
                while (m.find()) {
                    String target = packageOf(m.group());
                    if (!target.equals(from)) {
                        to.add(target);
                    }
                }
            }
        });
        // keep only packages that have classes: a resource path such as org/durand/version.properties
        // in a string constant is not a dependency
        graph.values().forEach(to -> to.retainAll(graph.keySet()));
        return graph;
    }

    /**
     * The top-level package of a class: "org/durand/model/Cell.class" → "model",
     * "org/durand/experiment/sweep/Merge.class" → "experiment"; classes directly in org.durand → "".
     */
    static String packageOf(String internalName) {
        String rest = internalName.substring(ROOT.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash);
    }

    /**
     * The UTF-8 entries of a class file's constant pool (JVM Specification §4.4): they hold every
     * class name, descriptor and signature the class refers to.
     */
    private static List<String> constantPoolStrings(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            assertEquals(0xCAFEBABE, in.readInt(), classFile + " is not a class file");
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;   // long and double take two entries
                    }
                    default -> throw new IOException(classFile + ": unknown constant-pool tag " + tag);
                }
            }
        }
        return out;
    }

    /** A dependency cycle as a path that starts and ends at the same package, or an empty list. */
    static List<String> findCycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>();   // absent: unvisited, 1: on the path, 2: done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(start, graph, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> cycle = visit(next, graph, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }
}
