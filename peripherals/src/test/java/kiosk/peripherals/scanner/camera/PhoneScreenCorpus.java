package kiosk.peripherals.scanner.camera;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Deterministic synthetic camera frames of phones showing QR codes, the hard way a kiosk camera sees them:
 * glare, screen-pixel moire, tilt, rotation, blur, JPEG noise, small codes, dark mode, low contrast, uneven
 * light, fingers over the code; plus frames without a code. Every frame is a pure function of (seed, index),
 * so any subset can be regenerated alone.
 *
 * <p>Geometry: the phone is a plane in front of a pinhole camera (focal length 1000 px); each image pixel is
 * cast back onto that plane (2x2 supersampled), where the screen shows the code with its pixel grid. The
 * grid is finer than the camera's pixels, so point sampling it aliases into moire as on a real sensor.
 */
final class PhoneScreenCorpus {

    /** The main difficulty of a frame; every frame also gets mild amounts of the ordinary ones. */
    enum Condition {
        MILD, GLARE, MOIRE, TILT, ROTATION, MOTION_BLUR, DEFOCUS, JPEG, SMALL_CODE, DARK_MODE, LOW_CONTRAST,
        UNEVEN_LIGHT, OCCLUSION, COMBINED, NO_CODE
    }

    private static final double FOCAL = 1000.0;
    private static final String CHINESE = "预约编号交通违法缴费办理身份证居住证明户籍迁移出入境签注车辆驾驶证补领换领"
            + "北京上海广州深圳公安局派出所服务窗口自助终端电子凭证二维码请于工作日前往领取";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private PhoneScreenCorpus() {
    }

    static List<CorpusSample> generate(long seed, int count) {
        List<CorpusSample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(sample(seed, i));
        }
        return samples;
    }

    /** Frame {@code index} of the corpus with this seed; conditions cycle so every prefix is varied. */
    static CorpusSample sample(long seed, int index) {
        Condition condition = Condition.values()[index % Condition.values().length];
        Random random = new Random(seed * 1_000_003L + index);
        return new Scene(condition, random).render("f" + index + "-" + condition.name().toLowerCase());
    }

    /** All parameters of one frame, drawn from its own random stream. */
    private static final class Scene {
        final Condition condition;
        final Random random;
        int width = 1280;
        int height = 720;
        double codeWidthPx;
        double rollDeg;
        double tiltXDeg;
        double tiltYDeg;
        double codeCentreU;
        double codeCentreV;
        double white;
        double black;
        boolean darkMode;
        double moireDepth;
        double screenPitchMm;
        double blurSigma;
        double motionLength;
        double motionAngle;
        double noiseSigma;
        int jpegQuality; // 0 = none
        double glareAmplitude;
        int glareSpots;
        double lightGradient;
        boolean occluded;
        ErrorCorrectionLevel ecLevel;

        Scene(Condition condition, Random random) {
            this.condition = condition;
            this.random = random;
            codeWidthPx = range(170, 300);
            rollDeg = range(-12, 12);
            tiltXDeg = range(-12, 12);
            tiltYDeg = range(-12, 12);
            white = range(200, 245);
            black = range(12, 45);
            moireDepth = range(0.05, 0.2);
            screenPitchMm = range(0.045, 0.07);
            blurSigma = range(0.5, 1.0);
            noiseSigma = range(1.5, 4);
            jpegQuality = random.nextBoolean() ? (int) range(60, 90) : 0;
            lightGradient = range(0, 0.25);
            ecLevel = random.nextInt(3) == 0 ? ErrorCorrectionLevel.H : ErrorCorrectionLevel.M;
            apply(condition, 1.0);
        }

        private void apply(Condition c, double strength) {
            switch (c) {
                case MILD, NO_CODE -> { }
                case GLARE -> {
                    glareSpots = 1 + random.nextInt(2);
                    glareAmplitude = range(120, 260) * strength;
                }
                case MOIRE -> {
                    moireDepth = range(0.35, 0.6) * strength;
                    screenPitchMm = range(0.05, 0.09);
                    codeWidthPx = range(160, 260);
                }
                case TILT -> {
                    double tilt = range(25, 50) * strength;
                    double axis = range(0, Math.PI * 2);
                    tiltXDeg = tilt * Math.cos(axis);
                    tiltYDeg = tilt * Math.sin(axis);
                }
                case ROTATION -> rollDeg = range(0, 360);
                case MOTION_BLUR -> {
                    motionLength = range(4, 11) * strength;
                    motionAngle = range(0, Math.PI);
                }
                case DEFOCUS -> blurSigma = range(1.6, 3.2) * strength;
                case JPEG -> {
                    jpegQuality = (int) range(5, 22);
                    noiseSigma = range(3, 7);
                }
                case SMALL_CODE -> {
                    width = 1920;
                    height = 1080;
                    codeWidthPx = range(75, 130);
                }
                case DARK_MODE -> darkMode = true;
                case LOW_CONTRAST -> {
                    double mid = range(90, 170);
                    double spread = range(10, 22) / strength;
                    white = mid + spread;
                    black = mid - spread;
                }
                case UNEVEN_LIGHT -> lightGradient = range(0.6, 0.85) * strength;
                case OCCLUSION -> occluded = true;
                case COMBINED -> {
                    Condition[] hard = {Condition.GLARE, Condition.MOIRE, Condition.TILT, Condition.ROTATION,
                            Condition.MOTION_BLUR, Condition.DEFOCUS, Condition.JPEG, Condition.DARK_MODE,
                            Condition.LOW_CONTRAST, Condition.UNEVEN_LIGHT};
                    int n = 2 + random.nextInt(2);
                    for (int i = 0; i < n; i++) {
                        apply(hard[random.nextInt(hard.length)], 0.7);
                    }
                }
            }
        }

        double range(double lo, double hi) {
            return lo + random.nextDouble() * (hi - lo);
        }

        CorpusSample render(String id) {
            Payload payload = condition == Condition.NO_CODE ? null : payload();
            ByteMatrix modules = payload == null ? decoyModules() : encode(payload);
            codeCentreU = width / 2.0 + range(-0.25, 0.25) * width;
            codeCentreV = height / 2.0 + range(-0.2, 0.2) * height;
            float[] image = new float[width * height];
            background(image);
            phone(image, modules);
            if (lightGradient > 0) {
                light(image);
            }
            if (occluded) {
                finger(image);
            }
            if (motionLength > 0) {
                image = motionBlur(image);
            }
            gaussianBlur(image, blurSigma);
            LumaFrame frame = quantise(image);
            if (jpegQuality > 0) {
                frame = jpeg(frame, jpegQuality);
            }
            return new CorpusSample(id, condition, frame,
                    payload == null ? null : payload.bytes(), payload == null ? StandardCharsets.UTF_8 : payload.charset());
        }

        // ---- payloads -------------------------------------------------------------------------------------

        record Payload(byte[] bytes, Charset charset, boolean eci) {
        }

        private Payload payload() {
            int kind = random.nextInt(6);
            String text = switch (kind) {
                case 0 -> (random.nextBoolean() ? "28" : "13") + digits(16); // payment codes shown by wallets
                case 1 -> "https://qr.alipay.com/bax0" + alnum(20);
                case 2 -> "wxp://f2f0" + alnum(40);
                case 3 -> "KIOSK:APPT:" + digits(12) + ":" + alnum(8);
                default -> chinese(6 + random.nextInt(20)) + "：" + digits(10);
            };
            if (kind >= 4) {
                if (kind == 5 && random.nextBoolean()) {
                    return new Payload(text.getBytes(Charset.forName("GB18030")), Charset.forName("GB18030"), false);
                }
                return new Payload(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, random.nextBoolean());
            }
            return new Payload(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }

        private ByteMatrix encode(Payload payload) {
            try {
                if (payload.eci()) {
                    return Encoder.encode(new String(payload.bytes(), payload.charset()), ecLevel,
                            Map.of(EncodeHintType.CHARACTER_SET, payload.charset().name())).getMatrix();
                }
                // No ECI: the bytes go in byte mode as they are, like most wallet apps write them.
                String bytesAsLatin1 = new String(payload.bytes(), StandardCharsets.ISO_8859_1);
                return Encoder.encode(bytesAsLatin1, ecLevel).getMatrix();
            } catch (WriterException e) {
                throw new IllegalStateException("corpus payload does not fit a QR code", e);
            }
        }

        /** For frames without a code: blocky content that looks busy but has no finder patterns. */
        private ByteMatrix decoyModules() {
            int n = 29;
            ByteMatrix m = new ByteMatrix(n, n);
            for (int y = 0; y < n; y++) {
                boolean textLine = (y / 3) % 2 == 0;
                for (int x = 0; x < n; x++) {
                    m.set(x, y, textLine && random.nextInt(3) != 0);
                }
            }
            return m;
        }

        private String digits(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            return b.toString();
        }

        private String alnum(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
            }
            return b.toString();
        }

        private String chinese(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(CHINESE.charAt(random.nextInt(CHINESE.length())));
            }
            return b.toString();
        }

        // ---- rendering ------------------------------------------------------------------------------------

        private void background(float[] image) {
            double base = range(70, 170);
            double gx = range(-60, 60);
            double gy = range(-60, 60);
            // Low-frequency texture as f(u) + g(v), precomputed per column and row: cheap and smooth.
            double[] columns = new double[width];
            double[] rows = new double[height];
            for (int i = 0; i < 3; i++) {
                double amplitude = range(5, 20);
                double frequency = range(0.002, 0.02);
                double phase = range(0, Math.PI * 2);
                boolean alongU = random.nextBoolean();
                double[] target = alongU ? columns : rows;
                for (int k = 0; k < target.length; k++) {
                    target[k] += amplitude * Math.sin(frequency * k + phase);
                }
            }
            for (int v = 0; v < height; v++) {
                for (int u = 0; u < width; u++) {
                    image[v * width + u] = (float) (base + gx * u / width + gy * v / height + columns[u] + rows[v]);
                }
            }
            int boxes = 3 + random.nextInt(5);
            for (int i = 0; i < boxes; i++) {
                int bw = (int) range(40, width / 3.0);
                int bh = (int) range(40, height / 3.0);
                int bx = random.nextInt(width - bw);
                int by = random.nextInt(height - bh);
                float luma = (float) range(20, 235);
                for (int v = by; v < by + bh; v++) {
                    java.util.Arrays.fill(image, v * width + bx, v * width + bx + bw, luma);
                }
            }
        }

        /**
         * Phone coordinates in mm: the code square (side {@code codeMm}) is centred at the origin; the screen
         * and body extend around it like a wallet app's payment card.
         */
        private void phone(float[] image, ByteMatrix modules) {
            int n = modules.getWidth();
            double codeMm = 42;
            double moduleMm = codeMm / n;
            double distance = FOCAL * codeMm / codeWidthPx;
            double[][] r = rotation(Math.toRadians(tiltXDeg), Math.toRadians(tiltYDeg), Math.toRadians(rollDeg));
            double cx = width / 2.0;
            double cy = height / 2.0;
            double tx = (codeCentreU - cx) * distance / FOCAL;
            double ty = (codeCentreV - cy) * distance / FOCAL;
            double tz = distance;
            // plane normal = third column of r; points P = X*c1 + Y*c2 + t
            double nx = r[0][2], ny = r[1][2], nz = r[2][2];
            double nDotT = nx * tx + ny * ty + nz * tz;
            double screenWhite = darkMode ? black : white;
            double screenInk = darkMode ? white : black;
            double bodyLuma = range(15, 40);
            double[][] glare = glareSpots(codeMm);
            double gridGap = 0.22;
            double offsetX = range(0, 1);
            double offsetY = range(0, 1);
            int[] box = imageBounds(r, tx, ty, tz, cx, cy);
            for (int v = box[1]; v <= box[3]; v++) {
                for (int u = box[0]; u <= box[2]; u++) {
                    double sum = 0;
                    int inside = 0;
                    for (int s = 0; s < 4; s++) {
                        double du = (u + 0.25 + 0.5 * (s & 1) - cx) / FOCAL;
                        double dv = (v + 0.25 + 0.5 * (s >> 1) - cy) / FOCAL;
                        double nDotD = nx * du + ny * dv + nz;
                        if (nDotD <= 1e-9) {
                            continue;
                        }
                        double scale = nDotT / nDotD;
                        double px = scale * du - tx;
                        double py = scale * dv - ty;
                        double pz = scale - tz;
                        double x = r[0][0] * px + r[1][0] * py + r[2][0] * pz;
                        double y = r[0][1] * px + r[1][1] * py + r[2][1] * pz;
                        if (Math.abs(x) > 31 || y < -31 || y > 48) {
                            continue; // outside the phone body
                        }
                        inside++;
                        double luma;
                        if (Math.abs(x) > 28.5 || y < -28.5 || y > 45) {
                            luma = bodyLuma;
                        } else {
                            luma = screenWhite;
                            int mx = (int) Math.floor((x + codeMm / 2) / moduleMm);
                            int my = (int) Math.floor((y + codeMm / 2) / moduleMm);
                            if (mx >= 0 && my >= 0 && mx < n && my < n && modules.get(mx, my) == 1) {
                                luma = screenInk;
                            } else if (y > 27 && y < 42 && ((int) Math.floor(y / 4)) % 2 == 0 && Math.abs(x) < 18) {
                                luma = (screenWhite + screenInk) / 2; // caption lines below the code
                            }
                            double gxs = x / screenPitchMm + offsetX;
                            double gys = y / screenPitchMm + offsetY;
                            double gxp = gxs - Math.floor(gxs);
                            double gyp = gys - Math.floor(gys);
                            if (gxp < gridGap || gyp < gridGap) {
                                luma *= 1 - moireDepth;
                            }
                            for (double[] g : glare) {
                                double ex = (x - g[0]) / g[2];
                                double ey = (y - g[1]) / g[3];
                                luma += g[4] * Math.exp(-0.5 * (ex * ex + ey * ey));
                            }
                        }
                        sum += Math.min(255, luma);
                    }
                    if (inside > 0) {
                        int idx = v * width + u;
                        image[idx] = (float) ((sum + image[idx] * (4 - inside)) / 4);
                    }
                }
            }
        }

        /** Pixel rectangle {u0, v0, u1, v1} holding the phone body's projection, clamped to the frame. */
        private int[] imageBounds(double[][] r, double tx, double ty, double tz, double cx, double cy) {
            double u0 = width;
            double v0 = height;
            double u1 = 0;
            double v1 = 0;
            for (double[] corner : new double[][] {{-31, -31}, {31, -31}, {-31, 48}, {31, 48}}) {
                double px = r[0][0] * corner[0] + r[0][1] * corner[1] + tx;
                double py = r[1][0] * corner[0] + r[1][1] * corner[1] + ty;
                double pz = r[2][0] * corner[0] + r[2][1] * corner[1] + tz;
                if (pz <= 1) {
                    return new int[] {0, 0, width - 1, height - 1};
                }
                double u = cx + FOCAL * px / pz;
                double v = cy + FOCAL * py / pz;
                u0 = Math.min(u0, u);
                v0 = Math.min(v0, v);
                u1 = Math.max(u1, u);
                v1 = Math.max(v1, v);
            }
            return new int[] {(int) Math.max(0, Math.floor(u0) - 1), (int) Math.max(0, Math.floor(v0) - 1),
                    (int) Math.min(width - 1, Math.ceil(u1) + 1), (int) Math.min(height - 1, Math.ceil(v1) + 1)};
        }

        private double[][] glareSpots(double codeMm) {
            double[][] spots = new double[glareSpots][];
            for (int i = 0; i < glareSpots; i++) {
                double sx = range(0.12, 0.35) * codeMm;
                spots[i] = new double[] {range(-0.4, 0.4) * codeMm, range(-0.4, 0.4) * codeMm,
                        sx, sx * range(0.4, 2.5), glareAmplitude};
            }
            return spots;
        }

        private static double[][] rotation(double ax, double ay, double az) {
            double[][] rx = {{1, 0, 0}, {0, Math.cos(ax), -Math.sin(ax)}, {0, Math.sin(ax), Math.cos(ax)}};
            double[][] ry = {{Math.cos(ay), 0, Math.sin(ay)}, {0, 1, 0}, {-Math.sin(ay), 0, Math.cos(ay)}};
            double[][] rz = {{Math.cos(az), -Math.sin(az), 0}, {Math.sin(az), Math.cos(az), 0}, {0, 0, 1}};
            return multiply(rx, multiply(ry, rz));
        }

        private static double[][] multiply(double[][] a, double[][] b) {
            double[][] c = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    for (int k = 0; k < 3; k++) {
                        c[i][j] += a[i][k] * b[k][j];
                    }
                }
            }
            return c;
        }

        private void light(float[] image) {
            double angle = range(0, Math.PI * 2);
            double ca = Math.cos(angle);
            double sa = Math.sin(angle);
            double span = codeWidthPx * 1.5;
            for (int v = 0; v < height; v++) {
                for (int u = 0; u < width; u++) {
                    double t = ((u - codeCentreU) * ca + (v - codeCentreV) * sa) / span; // about -0.5..0.5 over the code
                    double gain = 1 - lightGradient * Math.min(1, Math.max(0, t + 0.5));
                    image[v * width + u] *= (float) gain;
                }
            }
        }

        private void finger(float[] image) {
            double angle = range(0, Math.PI * 2);
            double reach = codeWidthPx * range(0.45, 0.62);
            double fx = codeCentreU + Math.cos(angle) * reach;
            double fy = codeCentreV + Math.sin(angle) * reach;
            double ra = codeWidthPx * range(0.12, 0.2);
            double rb = codeWidthPx * range(0.35, 0.6);
            double skin = range(120, 190);
            int x0 = (int) Math.max(0, fx - rb);
            int x1 = (int) Math.min(width - 1, fx + rb);
            int y0 = (int) Math.max(0, fy - rb);
            int y1 = (int) Math.min(height - 1, fy + rb);
            double ca = Math.cos(angle);
            double sa = Math.sin(angle);
            for (int v = y0; v <= y1; v++) {
                for (int u = x0; u <= x1; u++) {
                    double dx = u - fx;
                    double dy = v - fy;
                    double along = dx * ca + dy * sa;   // towards the outside
                    double across = -dx * sa + dy * ca;
                    double e = (across * across) / (ra * ra) + (along * along) / (rb * rb);
                    if (e <= 1) {
                        image[v * width + u] = (float) (skin * (0.8 + 0.2 * (1 - e)));
                    }
                }
            }
        }

        private float[] motionBlur(float[] image) {
            int taps = Math.max(2, (int) Math.round(motionLength));
            double dx = Math.cos(motionAngle);
            double dy = Math.sin(motionAngle);
            float[] out = new float[image.length];
            for (int t = 0; t < taps; t++) {
                double k = t - (taps - 1) / 2.0;
                int ox = (int) Math.round(k * dx);
                int oy = (int) Math.round(k * dy);
                for (int v = 0; v < height; v++) {
                    int sv = Math.min(height - 1, Math.max(0, v + oy));
                    for (int u = 0; u < width; u++) {
                        int su = Math.min(width - 1, Math.max(0, u + ox));
                        out[v * width + u] += image[sv * width + su];
                    }
                }
            }
            for (int i = 0; i < out.length; i++) {
                out[i] /= taps;
            }
            return out;
        }

        /** Three box passes per axis approximate a Gaussian of this sigma. */
        private void gaussianBlur(float[] image, double sigma) {
            int radius = (int) Math.round(Math.sqrt(sigma * sigma * 4 + 1) / 2.0 - 0.5);
            double frac = sigma;
            if (radius < 1) {
                // small optics blur: one 3-tap kernel weighted by sigma
                float w = (float) Math.min(0.3, frac * frac / 2);
                tap3(image, w);
                return;
            }
            float[] tmp = new float[image.length];
            for (int pass = 0; pass < 3; pass++) {
                boxHorizontal(image, tmp, radius);
                boxVertical(tmp, image, radius);
            }
        }

        private void tap3(float[] image, float w) {
            float[] tmp = new float[image.length];
            for (int v = 0; v < height; v++) {
                for (int u = 0; u < width; u++) {
                    int i = v * width + u;
                    float l = image[u > 0 ? i - 1 : i];
                    float rr = image[u < width - 1 ? i + 1 : i];
                    tmp[i] = image[i] * (1 - 2 * w) + (l + rr) * w;
                }
            }
            for (int v = 0; v < height; v++) {
                for (int u = 0; u < width; u++) {
                    int i = v * width + u;
                    float a = tmp[v > 0 ? i - width : i];
                    float b = tmp[v < height - 1 ? i + width : i];
                    image[i] = tmp[i] * (1 - 2 * w) + (a + b) * w;
                }
            }
        }

        private void boxHorizontal(float[] in, float[] out, int r) {
            float norm = 1f / (2 * r + 1);
            for (int v = 0; v < height; v++) {
                int row = v * width;
                float acc = 0;
                for (int k = -r; k <= r; k++) {
                    acc += in[row + Math.min(width - 1, Math.max(0, k))];
                }
                for (int u = 0; u < width; u++) {
                    out[row + u] = acc * norm;
                    acc += in[row + Math.min(width - 1, u + r + 1)] - in[row + Math.max(0, u - r)];
                }
            }
        }

        private void boxVertical(float[] in, float[] out, int r) {
            float norm = 1f / (2 * r + 1);
            for (int u = 0; u < width; u++) {
                float acc = 0;
                for (int k = -r; k <= r; k++) {
                    acc += in[Math.min(height - 1, Math.max(0, k)) * width + u];
                }
                for (int v = 0; v < height; v++) {
                    out[v * width + u] = acc * norm;
                    acc += in[Math.min(height - 1, v + r + 1) * width + u] - in[Math.max(0, v - r) * width + u];
                }
            }
        }

        private LumaFrame quantise(float[] image) {
            byte[] out = new byte[image.length];
            float[] gaussian = new float[4096];
            for (int i = 0; i < gaussian.length; i++) {
                gaussian[i] = (float) (random.nextGaussian() * noiseSigma);
            }
            long state = random.nextLong() | 1;
            for (int i = 0; i < image.length; i++) {
                state ^= state << 13; // xorshift: a fast index into the precomputed normal samples
                state ^= state >>> 7;
                state ^= state << 17;
                double value = image[i] + gaussian[(int) (state & 4095)];
                out[i] = (byte) Math.max(0, Math.min(255, (int) Math.round(value)));
            }
            return new LumaFrame(width, height, out);
        }

        private static LumaFrame jpeg(LumaFrame frame, int quality) {
            try {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                    writer.setOutput(out);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(quality / 100f);
                    writer.write(null, new IIOImage(BufferedImageFrames.toImage(frame), null, null), param);
                } finally {
                    writer.dispose();
                }
                return BufferedImageFrames.toLuma(ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
