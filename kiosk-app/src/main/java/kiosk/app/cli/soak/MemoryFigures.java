package kiosk.app.cli.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap in use after a full collection, and the process's resident set, in MiB. */
public record MemoryFigures(double heapAfterGcMiB, double rssMiB) {

    /**
     * The least heap in use over five full collections a quarter second apart: the kiosk's background
     * work (heartbeat, probe, reconciliation) holds a few MiB in flight at any one moment, which is not
     * what the visits left behind.
     */
    public static MemoryFigures now() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            Thread.sleep(250);
            System.gc();
            System.gc(); // finalizable objects and cleared soft references need a second pass
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return new MemoryFigures(least / 1048576.0, rssKiB() / 1024.0);
    }

    private static long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** One line the parent parses: "MEMORY heap rss". */
    public String line() {
        return String.format(java.util.Locale.ROOT, "MEMORY %.1f %.1f", heapAfterGcMiB, rssMiB);
    }

    public static MemoryFigures parse(String line) {
        String[] f = line.trim().split(" ");
        return new MemoryFigures(Double.parseDouble(f[1]), Double.parseDouble(f[2]));
    }
}
