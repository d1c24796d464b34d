package kiosk.peripherals.scanner.camera;

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.ConfigQrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The three decoders the benchmark compares, each turning a frame into decoded text (or nothing). */
interface FrameDecoder {

    String name();

    /** Decoded text, with byte-mode payloads as ISO-8859-1 chars (one per byte) where the decoder allows. */
    Optional<String> decode(LumaFrame frame);

    /** Whether {@code decoded} is this sample's payload, compared as bytes or as text. */
    static boolean matches(CorpusSample sample, String decoded) {
        if (!sample.hasCode()) {
            return false;
        }
        return Arrays.equals(decoded.getBytes(StandardCharsets.ISO_8859_1), sample.expectedPayload())
                || decoded.equals(sample.expectedText().orElseThrow())
                || Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), sample.expectedPayload());
    }

    /** Plain ZXing (the baseline), BoofCV, the pipeline with its default settings, then its thorough settings. */
    static List<FrameDecoder> all() {
        return List.of(new PlainZxing(), new BoofCv(), new Pipeline(QrDecodePipeline.withDefaults()),
                new Pipeline("thorough", new QrDecodePipeline(QrPipelineSettings.thorough(),
                        kiosk.peripherals.scanner.PayloadPolicy.standard())));
    }

    /** ZXing as most projects call it: MultiFormatReader, HybridBinarizer, TRY_HARDER, QR only. */
    final class PlainZxing implements FrameDecoder {
        private static final Map<DecodeHintType, Object> HINTS = Map.of(
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.CHARACTER_SET, "ISO-8859-1");
        private final MultiFormatReader reader = new MultiFormatReader();

        PlainZxing() {
            reader.setHints(HINTS);
        }

        @Override
        public String name() {
            return "plain ZXing";
        }

        @Override
        public Optional<String> decode(LumaFrame frame) {
            var source = new PlanarYUVLuminanceSource(frame.pixels(), frame.width(), frame.height(), 0, 0,
                    frame.width(), frame.height(), false);
            try {
                return Optional.of(reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText());
            } catch (ReaderException miss) {
                return Optional.empty();
            } finally {
                reader.reset();
            }
        }
    }

    /** BoofCV's QR detector with its default configuration; byte mode read as ISO-8859-1. */
    final class BoofCv implements FrameDecoder {
        private final QrCodeDetector<GrayU8> detector;

        BoofCv() {
            ConfigQrCode config = new ConfigQrCode();
            config.forceEncoding = "ISO-8859-1";
            detector = FactoryFiducial.qrcode(config, GrayU8.class);
        }

        @Override
        public String name() {
            return "BoofCV";
        }

        @Override
        public Optional<String> decode(LumaFrame frame) {
            GrayU8 gray = new GrayU8(frame.width(), frame.height());
            System.arraycopy(frame.pixels(), 0, gray.data, 0, frame.pixels().length);
            detector.process(gray);
            List<QrCode> found = detector.getDetections();
            return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0).message);
        }
    }

    /** This module's pipeline, payload policy included (its text is compared with the expected text). */
    final class Pipeline implements FrameDecoder {
        private final QrDecodePipeline pipeline;
        private final Map<String, Integer> readsByAttempt = new java.util.LinkedHashMap<>();

        private final String name;

        Pipeline(QrDecodePipeline pipeline) {
            this("pipeline", pipeline);
        }

        Pipeline(String name, QrDecodePipeline pipeline) {
            this.name = name;
            this.pipeline = pipeline;
        }

        @Override
        public String name() {
            return name;
        }

        /** How many codes each attempt read, over every call so far. */
        Map<String, Integer> readsByAttempt() {
            return Map.copyOf(readsByAttempt);
        }

        @Override
        public Optional<String> decode(LumaFrame frame) {
            if (pipeline.decode(frame) instanceof QrDecodeOutcome.Decoded decoded) {
                readsByAttempt.merge(decoded.attempt(), 1, Integer::sum);
                return Optional.of(decoded.code().text());
            }
            return Optional.empty();
        }
    }
}
