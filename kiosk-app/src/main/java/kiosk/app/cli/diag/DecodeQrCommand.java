package kiosk.app.cli.diag;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.camera.FrameReadException;
import kiosk.peripherals.scanner.camera.ImageFiles;
import kiosk.peripherals.scanner.camera.LumaFrame;
import kiosk.peripherals.scanner.camera.QrDecodeOutcome;
import kiosk.peripherals.scanner.camera.QrDecodePipeline;
import kiosk.peripherals.scanner.camera.QrPipelineSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./kiosk diag decode-qr FILE...: what the kiosk camera pipeline reads from photos or screenshots of QR codes. */
@Command(name = "decode-qr", mixinStandardHelpOptions = true,
        description = "Decode QR codes in image files (PNG, JPEG, BMP, GIF) with the kiosk camera pipeline in its "
                + "thorough setting (files, not live frames): one line per file with its payload, or why there is none, and the decode time. "
                + "Exits 1 if a file cannot be read.")
public final class DecodeQrCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Image files to decode.")
    List<Path> files;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Payload size limit (default ${DEFAULT-VALUE}).")
    int maxBytes = PayloadPolicy.DEFAULT_MAX_BYTES;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxBytes < 1) {
            err.println("--max-bytes must be positive");
            err.flush();
            return 2;
        }
        QrDecodePipeline pipeline = new QrDecodePipeline(QrPipelineSettings.thorough(), new PayloadPolicy(maxBytes));
        int unreadable = 0;
        for (Path file : files) {
            LumaFrame frame;
            try {
                frame = ImageFiles.read(file);
            } catch (FrameReadException e) {
                err.println(file + ": cannot read: " + e.problem());
                unreadable++;
                continue;
            }
            out.println(file + ": " + describe(pipeline.decode(frame), frame));
        }
        out.flush();
        err.flush();
        return unreadable == 0 ? 0 : 1;
    }

    static String describe(QrDecodeOutcome outcome, LumaFrame frame) {
        String ms = String.format(Locale.ROOT, "%.1f ms", outcome.elapsed().toNanos() / 1e6);
        if (outcome instanceof QrDecodeOutcome.Decoded d) {
            return "decoded in " + ms + " (" + d.code().charset() + ", attempt " + d.attempt() + "): "
                    + printable(d.code().text());
        }
        if (outcome instanceof QrDecodeOutcome.PayloadRejected r) {
            return "code read but payload rejected in " + ms + ": " + r.reason();
        }
        QrDecodeOutcome.NoCodeFound n = (QrDecodeOutcome.NoCodeFound) outcome;
        return "no QR code found in " + ms + " (" + frame.width() + "x" + frame.height() + ", " + n.attemptsTried()
                + " attempt(s)" + (n.budgetExhausted() ? ", time budget used up" : "") + ")";
    }

    /** Control characters (a scanner payload may hold any) shown as \\uXXXX so they cannot garble the terminal. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
