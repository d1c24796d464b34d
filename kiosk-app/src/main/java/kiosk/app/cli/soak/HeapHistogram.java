package kiosk.app.cli.soak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The live heap by class, from the JDK's own tool (jcmd GC.class_histogram, which collects first), and
 * what grew between two of them: a soak's start and end, so a slow growth names its class.
 */
record HeapHistogram(Map<String, Entry> byClass) {

    record Entry(long instances, long bytes) {
    }

    record Growth(String className, long instances, long bytes) {
    }

    /** jcmd's histogram of this JVM; empty when this runtime has no jcmd (a jlinked image without jdk.jcmd). */
    static Optional<String> jcmdOutput() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return Optional.of(out);
    }

    /** Lines such as {@code "   1:   50029   3881232  [B (java.base@17.0.15)"}; headers and the total are skipped. */
    static HeapHistogram parse(String jcmdOutput) {
        Map<String, Entry> byClass = new HashMap<>();
        for (String line : jcmdOutput.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":") && f[1].matches("\\d+") && f[2].matches("\\d+")) {
                byClass.merge(f[3], new Entry(Long.parseLong(f[1]), Long.parseLong(f[2])),
                        (a, b) -> new Entry(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        return new HeapHistogram(byClass);
    }

    /** The classes whose live bytes grew most from {@code before} to this, largest first. */
    List<Growth> grownSince(HeapHistogram before, int top) {
        List<Growth> changes = changesSince(before);
        changes.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        return changes.stream().filter(g -> g.bytes() > 0).limit(top).toList();
    }

    /** The classes whose live bytes shrank most from {@code before} to this, largest drop first. */
    List<Growth> shrunkSince(HeapHistogram before, int top) {
        List<Growth> changes = changesSince(before);
        changes.sort((a, b) -> Long.compare(a.bytes(), b.bytes()));
        return changes.stream().filter(g -> g.bytes() < 0).limit(top).toList();
    }

    private List<Growth> changesSince(HeapHistogram before) {
        List<Growth> changes = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>(byClass.keySet());
        names.addAll(before.byClass().keySet());
        Entry none = new Entry(0, 0);
        for (String name : names) {
            Entry now = byClass.getOrDefault(name, none);
            Entry then = before.byClass().getOrDefault(name, none);
            changes.add(new Growth(name, now.instances() - then.instances(), now.bytes() - then.bytes()));
        }
        return changes;
    }

    static String line(Growth g) {
        return String.format(Locale.ROOT, "%+,12d bytes %+,9d instances  %s", g.bytes(), g.instances(), g.className());
    }
}
