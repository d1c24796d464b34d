package kiosk.peripherals.scanner.camera;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Scratch: writes corpus frames and prints per-frame results. */
public final class CorpusExperiment {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        long t0 = System.nanoTime();
        List<CorpusSample> corpus = PhoneScreenCorpus.generate(42, count);
        System.out.printf("generated %d in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
        if (args.length > 1) {
            Path dir = Path.of(args[1]);
            Files.createDirectories(dir);
            for (CorpusSample s : corpus) {
                ImageIO.write(BufferedImageFrames.toImage(s.frame()), "png", dir.resolve(s.id() + ".png").toFile());
            }
        }
        for (FrameDecoder d : FrameDecoder.all()) {
            int ok = 0;
            long total = 0;
            StringBuilder misses = new StringBuilder();
            for (CorpusSample s : corpus) {
                long a = System.nanoTime();
                var r = d.decode(s.frame());
                total += System.nanoTime() - a;
                if (r.isPresent() && FrameDecoder.matches(s, r.get())) {
                    ok++;
                } else if (s.hasCode()) {
                    misses.append(s.id()).append(' ');
                }
            }
            System.out.printf("%-12s %d/%d  mean %.2f ms%n  misses: %s%n", d.name(), ok, corpus.size(), total / 1e6 / corpus.size(), misses);
        }
    }
}
