package kiosk.peripherals.scanner.camera;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: one operation decodes every frame of a fixed corpus once, so the score divided by the frame count is
 * the mean time per frame. Plain ZXing is the baseline, BoofCV the comparison, pipeline ours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QrDecodeBenchmark {

    /** Frames per operation; kept small so each JMH iteration holds several operations. */
    static final int FRAMES = 60;

    private List<LumaFrame> frames;
    private FrameDecoder plainZxing;
    private FrameDecoder boofCv;
    private FrameDecoder pipeline;

    @Setup
    public void setUp() {
        frames = PhoneScreenCorpus.generate(QrBenchMain.SEED, FRAMES).stream().map(CorpusSample::frame).toList();
        plainZxing = new FrameDecoder.PlainZxing();
        boofCv = new FrameDecoder.BoofCv();
        pipeline = new FrameDecoder.Pipeline(QrDecodePipeline.withDefaults());
    }

    @Benchmark
    public void plainZxing(Blackhole sink) {
        decodeAll(plainZxing, sink);
    }

    @Benchmark
    public void boofCv(Blackhole sink) {
        decodeAll(boofCv, sink);
    }

    @Benchmark
    public void pipeline(Blackhole sink) {
        decodeAll(pipeline, sink);
    }

    private void decodeAll(FrameDecoder decoder, Blackhole sink) {
        for (LumaFrame frame : frames) {
            sink.consume(decoder.decode(frame));
        }
    }
}
