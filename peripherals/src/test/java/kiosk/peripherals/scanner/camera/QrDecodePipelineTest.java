package kiosk.peripherals.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pipeline on the synthetic phone-screen corpus: hard frames, the BoofCV comparison, frames without codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QrDecodePipelineTest {

    /** Frames every plain-ZXing caller misses, which the pipeline must read: dark mode, low contrast, tilt, blur, glare. */
    private static final int[] HARD_FRAMES = {9, 39, 10, 40, 33, 80, 81, 109, 211};

    private final QrDecodePipeline pipeline = QrDecodePipeline.withDefaults();
    private List<CorpusSample> corpus;

    @BeforeAll
    void generateCorpus() {
        corpus = PhoneScreenCorpus.generate(QrBenchMain.SEED, 90);
    }

    @Test
    void readsHardFramesThatPlainZxingMisses() {
        FrameDecoder plain = new FrameDecoder.PlainZxing();
        List<CorpusSample> hard = IntStream.of(HARD_FRAMES).mapToObj(i -> PhoneScreenCorpus.sample(QrBenchMain.SEED, i)).toList();
        assertThat(hard).extracting(CorpusSample::condition).contains(
                PhoneScreenCorpus.Condition.DARK_MODE, PhoneScreenCorpus.Condition.TILT, PhoneScreenCorpus.Condition.LOW_CONTRAST);
        for (CorpusSample sample : hard) {
            assertThat(plain.decode(sample.frame()).filter(text -> FrameDecoder.matches(sample, text)))
                    .as("plain ZXing on %s", sample).isEmpty();
            QrDecodeOutcome outcome = pipeline.decode(sample.frame());
            assertThat(outcome).as("pipeline on %s", sample).isInstanceOf(QrDecodeOutcome.Decoded.class);
            assertThat(((QrDecodeOutcome.Decoded) outcome).code().text()).isEqualTo(sample.expectedText().orElseThrow());
        }
    }

    @Test
    void decodesAtLeastAsManyFramesAsBoofCv() {
        FrameDecoder boofCv = new FrameDecoder.BoofCv();
        FrameDecoder ours = new FrameDecoder.Pipeline(pipeline);
        int boofCvDecoded = count(boofCv);
        int pipelineDecoded = count(ours);
        assertThat(boofCvDecoded).as("BoofCV reads some frames").isPositive();
        assertThat(pipelineDecoded).as("pipeline vs BoofCV (%d)", boofCvDecoded).isGreaterThanOrEqualTo(boofCvDecoded);
    }

    @Test
    void thoroughSettingsReadEveryFramePlainZxingReads() {
        FrameDecoder plain = new FrameDecoder.PlainZxing();
        QrDecodePipeline thorough = new QrDecodePipeline(QrPipelineSettings.thorough(),
                kiosk.peripherals.scanner.PayloadPolicy.standard());
        for (CorpusSample sample : corpus.subList(0, 45)) {
            if (plain.decode(sample.frame()).filter(text -> FrameDecoder.matches(sample, text)).isPresent()) {
                assertThat(thorough.decode(sample.frame())).as("%s", sample).isInstanceOf(QrDecodeOutcome.Decoded.class);
            }
        }
    }

    @Test
    void neverReadsAWrongPayload() {
        for (CorpusSample sample : corpus) {
            if (pipeline.decode(sample.frame()) instanceof QrDecodeOutcome.Decoded decoded) {
                assertThat(sample.hasCode()).as("%s has a code", sample).isTrue();
                assertThat(decoded.code().text()).as("%s", sample).isEqualTo(sample.expectedText().orElseThrow());
            }
        }
    }

    @Test
    void framesWithoutACodeGiveTheTypedNoCodeResult() {
        List<CorpusSample> empty = corpus.stream().filter(sample -> !sample.hasCode()).toList();
        assertThat(empty).isNotEmpty();
        for (CorpusSample sample : empty) {
            assertThat(pipeline.decode(sample.frame())).as("%s", sample).isInstanceOfSatisfying(
                    QrDecodeOutcome.NoCodeFound.class, none -> assertThat(none.attemptsTried()).isPositive());
        }
    }

    @Test
    void reportsWhichAttemptReadTheCode() {
        CorpusSample inverted = PhoneScreenCorpus.sample(QrBenchMain.SEED, 9);
        assertThat(pipeline.decode(inverted.frame())).isInstanceOfSatisfying(QrDecodeOutcome.Decoded.class,
                decoded -> assertThat(decoded.attempt()).contains("inverted"));
        CorpusSample mild = PhoneScreenCorpus.sample(QrBenchMain.SEED, 0);
        assertThat(pipeline.decode(mild.frame())).isInstanceOfSatisfying(QrDecodeOutcome.Decoded.class,
                decoded -> assertThat(decoded.attempt()).isEqualTo(pipeline.settings().attempts().get(0).name()));
    }

    private int count(FrameDecoder decoder) {
        int decoded = 0;
        for (CorpusSample sample : corpus) {
            Optional<String> text = decoder.decode(sample.frame());
            if (text.isPresent() && FrameDecoder.matches(sample, text.get())) {
                decoded++;
            }
        }
        return decoded;
    }
}
