package kiosk.peripherals.scanner.camera;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs several decoders over the same corpus, frame by frame and interleaved (so background load on a shared
 * machine hits all of them alike), and keeps per-decoder hits and per-frame times.
 */
final class DecoderComparison {

    /** One decoder's figures over the corpus. */
    record Figures(String decoder, int frames, int framesWithCode, int decoded, int falseReads, long[] nanosPerFrame,
                   Map<PhoneScreenCorpus.Condition, Integer> decodedByCondition, List<String> decodedIds) {

        double rate() {
            return framesWithCode == 0 ? 0 : (double) decoded / framesWithCode;
        }

        double meanMillis() {
            return Arrays.stream(nanosPerFrame).average().orElse(0) / 1e6;
        }

        double percentileMillis(double p) {
            long[] sorted = nanosPerFrame.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private DecoderComparison() {
    }

    /** Decodes every frame with every decoder; {@code warmupRounds} untimed passes first let the JIT settle. */
    static List<Figures> run(List<CorpusSample> corpus, List<FrameDecoder> decoders, int warmupRounds) {
        for (int round = 0; round < warmupRounds; round++) {
            for (CorpusSample sample : corpus) {
                for (FrameDecoder decoder : decoders) {
                    decoder.decode(sample.frame());
                }
            }
        }
        int n = decoders.size();
        long[][] nanos = new long[n][corpus.size()];
        int[] decoded = new int[n];
        int[] falseReads = new int[n];
        List<Map<PhoneScreenCorpus.Condition, Integer>> byCondition = new ArrayList<>();
        List<List<String>> ids = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            byCondition.add(new EnumMap<>(PhoneScreenCorpus.Condition.class));
            ids.add(new ArrayList<>());
        }
        for (int f = 0; f < corpus.size(); f++) {
            CorpusSample sample = corpus.get(f);
            for (int k = 0; k < n; k++) {
                int d = (f + k) % n; // rotate who goes first, so caches and load even out
                long start = System.nanoTime();
                Optional<String> result = decoders.get(d).decode(sample.frame());
                nanos[d][f] = System.nanoTime() - start;
                if (result.isPresent()) {
                    if (FrameDecoder.matches(sample, result.get())) {
                        decoded[d]++;
                        byCondition.get(d).merge(sample.condition(), 1, Integer::sum);
                        ids.get(d).add(sample.id());
                    } else {
                        falseReads[d]++;
                    }
                }
            }
        }
        int withCode = (int) corpus.stream().filter(CorpusSample::hasCode).count();
        List<Figures> figures = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            figures.add(new Figures(decoders.get(d).name(), corpus.size(), withCode, decoded[d], falseReads[d], nanos[d],
                    byCondition.get(d), ids.get(d)));
        }
        return figures;
    }

    /** Per-condition counts of frames with a code, for the table header. */
    static Map<PhoneScreenCorpus.Condition, Integer> framesByCondition(List<CorpusSample> corpus) {
        Map<PhoneScreenCorpus.Condition, Integer> counts = new LinkedHashMap<>();
        for (CorpusSample sample : corpus) {
            counts.merge(sample.condition(), 1, Integer::sum);
        }
        return counts;
    }
}
