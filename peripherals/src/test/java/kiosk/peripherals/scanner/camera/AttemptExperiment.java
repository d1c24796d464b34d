package kiosk.peripherals.scanner.camera;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Scratch: per-attempt coverage and cost. */
public final class AttemptExperiment {
    static List<DecodeAttempt> candidates() {
        var H = DecodeAttempt.Binarization.HYBRID;
        var G = DecodeAttempt.Binarization.GLOBAL_HISTOGRAM;
        var list = new java.util.ArrayList<DecodeAttempt>();
        for (DecodeAttempt.View v : DecodeAttempt.View.values()) {
            list.add(new DecodeAttempt(v + "-H", v, H, false, false));
            list.add(new DecodeAttempt(v + "-H-th", v, H, false, true));
            list.add(new DecodeAttempt(v + "-H-inv", v, H, true, false));
            list.add(new DecodeAttempt(v + "-G", v, G, false, false));
        }
        return list;
    }

    public static void main(String[] args) throws Exception {
        List<CorpusSample> corpus = PhoneScreenCorpus.generate(42, Integer.parseInt(args[0]));
        QrPipelineSettings defaults = QrPipelineSettings.defaults();
        for (int round = 0; round < 2; round++) {
            System.out.println("round " + round);
            for (DecodeAttempt attempt : candidates()) {
                QrDecodePipeline single = new QrDecodePipeline(defaults.withAttempts(List.of(attempt)));
                int ok = 0;
                long total = 0;
                StringBuilder hits = new StringBuilder();
                for (CorpusSample s : corpus) {
                    long a = System.nanoTime();
                    var r = single.decode(s.frame());
                    total += System.nanoTime() - a;
                    if (r instanceof QrDecodeOutcome.Decoded d && FrameDecoder.matches(s, new String(d.payload(), StandardCharsets.ISO_8859_1))) {
                        ok++;
                        hits.append(s.id().substring(0, s.id().indexOf('-'))).append(' ');
                    }
                }
                System.out.printf("%-32s %3d  mean %.2f ms  %s%n", attempt.name(), ok, total / 1e6 / corpus.size(), round == 1 ? hits : "");
            }
        }
        FrameDecoder plain = new FrameDecoder.PlainZxing();
        for (int round = 0; round < 2; round++) {
            long total = 0;
            for (CorpusSample s : corpus) {
                long a = System.nanoTime();
                plain.decode(s.frame());
                total += System.nanoTime() - a;
            }
            System.out.printf("plain mean %.2f ms%n", total / 1e6 / corpus.size());
        }
    }
}
