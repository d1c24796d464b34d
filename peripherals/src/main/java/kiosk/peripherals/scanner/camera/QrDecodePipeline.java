package kiosk.peripherals.scanner.camera;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.ScannedCode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes a QR code from a camera or image frame by trying the configured attempts in order and stopping at
 * the first code read; its payload bytes then go through the {@link PayloadPolicy} (size limit; UTF-8, else
 * GB18030). Views and binarized bit matrices are computed once per frame and shared between attempts
 * (an inverted attempt flips the bits it already has instead of binarizing again). Thread-safe: all per-frame
 * state lives in the call.
 */
public final class QrDecodePipeline {

    /** Local-mean window (pixels each side) and margin (grey levels) for LOCAL_MEAN, tuned on the corpus. */
    private static final int LOCAL_MEAN_RADIUS = 10;
    private static final int LOCAL_MEAN_MARGIN = 3;
    private static final int SHARPEN_TENTHS = 15;

    private final QrPipelineSettings settings;
    private final PayloadPolicy policy;

    public QrDecodePipeline(QrPipelineSettings settings, PayloadPolicy policy) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Default attempts and the standard payload policy. */
    public static QrDecodePipeline withDefaults() {
        return new QrDecodePipeline(QrPipelineSettings.defaults(), PayloadPolicy.standard());
    }

    public QrPipelineSettings settings() {
        return settings;
    }

    public QrDecodeOutcome decode(LumaFrame frame) {
        Objects.requireNonNull(frame, "frame");
        long start = System.nanoTime();
        long deadline = start + settings.frameBudget().toNanos();
        FrameViews views = new FrameViews(frame, settings.workingMaxDimension());
        ZxingQrReader reader = new ZxingQrReader();
        Set<String> done = new HashSet<>();
        int tried = 0;
        for (DecodeAttempt attempt : settings.attempts()) {
            if (!done.add(views.imageId(attempt.view()) + "/" + attempt.binarization() + "/" + attempt.inverted() + "/" + attempt.tryHarder())) {
                continue; // same image, same settings as an earlier attempt: it would fail the same way
            }
            if (tried > 0 && System.nanoTime() - deadline > 0) {
                return new QrDecodeOutcome.NoCodeFound(tried, true, since(start));
            }
            tried++;
            Optional<BitMatrix> bits = views.bits(attempt.view(), attempt.binarization(), attempt.inverted());
            if (bits.isEmpty()) {
                continue;
            }
            Optional<byte[]> payload = reader.read(new BinaryBitmap(new PresetBinarizer(bits.get())), attempt.tryHarder());
            if (payload.isPresent()) {
                // A code was read: whether or not its payload is acceptable, other attempts would read the same.
                try {
                    ScannedCode code = policy.accept(payload.get(), ScannedCode.Source.CAMERA);
                    return new QrDecodeOutcome.Decoded(code, attempt.name(), since(start));
                } catch (PayloadException rejected) {
                    return new QrDecodeOutcome.PayloadRejected(rejected.rule(), rejected.reason(), attempt.name(), since(start));
                }
            }
        }
        return new QrDecodeOutcome.NoCodeFound(tried, false, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Per-frame cache of views and their binarizations. */
    private static final class FrameViews {
        private final LumaFrame frame;
        private final int workingMax;
        private final Map<DecodeAttempt.View, LumaFrame> views = new EnumMap<>(DecodeAttempt.View.class);
        private final Map<String, Optional<BitMatrix>> matrices = new HashMap<>();
        private final Map<LumaFrame, Integer> imageIds = new IdentityHashMap<>();

        FrameViews(LumaFrame frame, int workingMax) {
            this.frame = frame;
            this.workingMax = workingMax;
        }

        Optional<BitMatrix> bits(DecodeAttempt.View view, DecodeAttempt.Binarization binarization, boolean inverted) {
            String key = imageId(view) + "/" + binarization;
            LumaFrame image = view(view);
            Optional<BitMatrix> plain = matrices.computeIfAbsent(key, k -> binarize(image, binarization));
            if (!inverted || plain.isEmpty()) {
                return plain;
            }
            return matrices.computeIfAbsent(key + "/inverted", k -> {
                BitMatrix flipped = plain.get().clone();
                flipped.flip();
                return Optional.of(flipped);
            });
        }

        /** Views that turn out to be the same image (e.g. WORKING of a small frame is NATIVE) share one id. */
        int imageId(DecodeAttempt.View view) {
            return imageIds.computeIfAbsent(view(view), image -> imageIds.size());
        }

        private LumaFrame view(DecodeAttempt.View view) {
            LumaFrame cached = views.get(view);
            if (cached != null) {
                return cached;
            }
            LumaFrame computed = switch (view) {
                case NATIVE -> frame;
                case WORKING -> LumaOps.downscale(frame, LumaOps.factorFor(frame, workingMax));
                case WORKING_STRETCHED -> LumaOps.stretchContrast(view(DecodeAttempt.View.WORKING));
                case WORKING_BLURRED -> LumaOps.blur3(view(DecodeAttempt.View.WORKING));
                case WORKING_NORMALIZED -> LumaOps.normalizeLocalContrast(view(DecodeAttempt.View.WORKING), 12, 3);
                case WORKING_SHARPENED -> LumaOps.sharpen(view(DecodeAttempt.View.WORKING), 150);
                case WORKING_ENHANCED -> LumaOps.normalizeLocalContrast(view(DecodeAttempt.View.WORKING_SHARPENED), 12, 3);
                case FINE -> LumaOps.downscale(frame, LumaOps.factorFor(frame, 2 * workingMax));
                case NATIVE_CENTRE -> centre(frame, Math.min(workingMax, frame.width() * 3 / 5), Math.min(workingMax, frame.height() * 3 / 5));
                case CENTRE_UPSCALED -> {
                    LumaFrame working = view(DecodeAttempt.View.WORKING);
                    yield LumaOps.upscale2x(centre(working, Math.max(1, working.width() / 2), Math.max(1, working.height() / 2)));
                }
            };
            views.put(view, computed);
            return computed;
        }

        /** The centred window, or the frame itself when the window covers it (so its attempts are not repeated). */
        private static LumaFrame centre(LumaFrame f, int maxWidth, int maxHeight) {
            int w = Math.min(f.width(), maxWidth);
            int h = Math.min(f.height(), maxHeight);
            if (w == f.width() && h == f.height()) {
                return f;
            }
            return LumaOps.crop(f, (f.width() - w) / 2, (f.height() - h) / 2, w, h);
        }

        private static Optional<BitMatrix> binarize(LumaFrame view, DecodeAttempt.Binarization binarization) {
            if (binarization == DecodeAttempt.Binarization.LOCAL_MEAN) {
                return Optional.of(LocalMeanThreshold.binarize(view, LOCAL_MEAN_RADIUS, LOCAL_MEAN_MARGIN, 0));
            }
            if (binarization == DecodeAttempt.Binarization.LOCAL_MEAN_SHARPENED) {
                return Optional.of(LocalMeanThreshold.binarize(view, LOCAL_MEAN_RADIUS, LOCAL_MEAN_MARGIN, SHARPEN_TENTHS));
            }
            LuminanceSource source = new PlanarYUVLuminanceSource(view.pixels(), view.width(), view.height(),
                    0, 0, view.width(), view.height(), false);
            Binarizer binarizer = switch (binarization) {
                case HYBRID -> new HybridBinarizer(source);
                case GLOBAL_HISTOGRAM -> new GlobalHistogramBinarizer(source);
                case LOCAL_MEAN, LOCAL_MEAN_SHARPENED -> throw new IllegalStateException("handled above");
            };
            try {
                return Optional.of(binarizer.getBlackMatrix());
            } catch (NotFoundException flat) {
                return Optional.empty(); // a flat histogram: nothing that could be a code
            }
        }
    }

    /** Hands ZXing a bit matrix we already have, so inverted attempts reuse one binarization. */
    private static final class PresetBinarizer extends Binarizer {
        private final BitMatrix matrix;

        PresetBinarizer(BitMatrix matrix) {
            super(new SizeOnlySource(matrix.getWidth(), matrix.getHeight()));
            this.matrix = matrix;
        }

        @Override
        public BitArray getBlackRow(int y, BitArray row) {
            return matrix.getRow(y, row);
        }

        @Override
        public BitMatrix getBlackMatrix() {
            return matrix;
        }

        @Override
        public Binarizer createBinarizer(LuminanceSource source) {
            throw new UnsupportedOperationException("a preset matrix has no source to rebinarize");
        }
    }

    /** Tells ZXing the size of a preset matrix; its pixels are never asked for. */
    private static final class SizeOnlySource extends LuminanceSource {
        SizeOnlySource(int width, int height) {
            super(width, height);
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            throw new UnsupportedOperationException("a preset matrix has no luminance");
        }

        @Override
        public byte[] getMatrix() {
            throw new UnsupportedOperationException("a preset matrix has no luminance");
        }
    }
}
