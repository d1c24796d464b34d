package kiosk.peripherals.scanner.camera;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./kiosk bench qr}: generates the synthetic phone-screen corpus, prints decode rate and time per frame
 * for plain ZXing, BoofCV and this module's pipeline (default and thorough settings) side by side (with ratios to plain ZXing), then runs the
 * JMH benchmark {@link QrDecodeBenchmark} with modest settings.
 * Arguments: [frames (default 300)] [--seed N (default 20261129; another seed is a hold-out corpus)] [--no-jmh].
 */
public final class QrBenchMain {

    static final long SEED = 20_261_129L;

    private QrBenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        List<String> arguments = List.of(args);
        int frames = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 300;
        int seedAt = arguments.indexOf("--seed");
        long seed = seedAt >= 0 && seedAt + 1 < args.length ? Long.parseLong(args[seedAt + 1]) : SEED;
        boolean jmh = !arguments.contains("--no-jmh");

        long start = System.nanoTime();
        List<CorpusSample> corpus = PhoneScreenCorpus.generate(seed, frames);
        System.out.printf("Corpus: %d synthetic frames (seed %d) generated in %.1f s; %d with a code.%n", corpus.size(),
                seed, (System.nanoTime() - start) / 1e9, corpus.stream().filter(CorpusSample::hasCode).count());
        System.out.println("Timing: same frames, decoders interleaved frame by frame, after one warm-up pass.");
        System.out.println();

        List<FrameDecoder> decoders = FrameDecoder.all();
        List<DecoderComparison.Figures> figures = DecoderComparison.run(corpus, decoders, 1);
        print(corpus, figures);
        if (decoders.get(2) instanceof FrameDecoder.Pipeline pipeline) {
            System.out.println();
            System.out.println("Pipeline: codes read per attempt (warm-up and timed pass), in attempt order:");
            for (DecodeAttempt attempt : QrPipelineSettings.defaults().attempts()) {
                System.out.printf("  %-28s %4d%n", attempt.name(), pipeline.readsByAttempt().getOrDefault(attempt.name(), 0));
            }
        }

        if (jmh) {
            System.out.println();
            System.out.println("JMH (forks 1, 3 x 2 s warm-up, 5 x 2 s measurement, average time per corpus pass):");
            Options options = new OptionsBuilder()
                    .include(QrDecodeBenchmark.class.getName())
                    .forks(1)
                    .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            Map<String, Double> scores = new HashMap<>();
            for (RunResult result : results) {
                scores.put(result.getParams().getBenchmark().replaceAll(".*\\.", ""), result.getPrimaryResult().getScore());
            }
            Double plain = scores.get("plainZxing");
            if (plain != null) {
                System.out.println();
                System.out.printf("JMH mean per frame (%d frames per op):%n", QrDecodeBenchmark.FRAMES);
                for (String name : List.of("plainZxing", "boofCv", "pipeline")) {
                    if (scores.containsKey(name)) {
                        System.out.printf("  %-12s %7.2f ms/frame  %5.2fx plain ZXing%n", name,
                                scores.get(name) / QrDecodeBenchmark.FRAMES, scores.get(name) / plain);
                    }
                }
            }
        }
    }

    static void print(List<CorpusSample> corpus, List<DecoderComparison.Figures> figures) {
        DecoderComparison.Figures baseline = figures.get(0);
        System.out.printf("%-12s %9s %7s %9s %9s %9s %11s %11s %7s%n", "decoder", "decoded", "rate", "mean ms",
                "p50 ms", "p95 ms", "rate ratio", "time ratio", "wrong");
        for (DecoderComparison.Figures f : figures) {
            System.out.printf("%-12s %4d/%-4d %6.1f%% %9.2f %9.2f %9.2f %10.2fx %10.2fx %7d%n", f.decoder(), f.decoded(),
                    f.framesWithCode(), 100 * f.rate(), f.meanMillis(), f.percentileMillis(50), f.percentileMillis(95),
                    f.rate() / baseline.rate(), f.meanMillis() / baseline.meanMillis(), f.falseReads());
        }
        System.out.println("(ratios are against " + baseline.decoder() + "; 'wrong' = a payload that is not the one shown)");
        System.out.println();
        System.out.print(String.format("%-14s %6s", "condition", "frames"));
        for (DecoderComparison.Figures f : figures) {
            System.out.printf(" %12s", f.decoder());
        }
        System.out.println();
        for (Map.Entry<PhoneScreenCorpus.Condition, Integer> e : DecoderComparison.framesByCondition(corpus).entrySet()) {
            System.out.printf("%-14s %6d", e.getKey().name().toLowerCase(), e.getValue());
            for (DecoderComparison.Figures f : figures) {
                System.out.printf(" %12d", f.decodedByCondition().getOrDefault(e.getKey(), 0));
            }
            System.out.println();
        }
    }
}
