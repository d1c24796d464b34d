package kiosk.app.cli.diag;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import kiosk.peripherals.printer.escpos.PrinterCharset;
import kiosk.peripherals.printer.escpos.sim.EscPosRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./kiosk diag render-escpos FILE: what a receipt printer would make of a captured byte stream. */
@Command(name = "render-escpos", mixinStandardHelpOptions = true,
        description = "Render an ESC/POS byte file to text on stdout and, with --png, to an image.")
public final class RenderEscPosCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The captured ESC/POS bytes.")
    Path file;

    @Option(names = "--png", paramLabel = "OUT.png", description = "Write the receipt image here.")
    Path png;

    @Option(names = "--encoding", defaultValue = "GB18030",
            description = "Code system of the printer's Chinese mode: GB18030, GB2312, BIG5 (default ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--width", defaultValue = "576", description = "Paper width in dots (default ${DEFAULT-VALUE}).")
    int widthDots;

    @Option(names = "--no-chinese-mode", description = "The printer starts in single-byte mode (Chinese only after FS &). "
            + "By default Chinese mode is on at power-up, as on most printers with a Chinese code system.")
    boolean noChineseMode;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("No such file: " + file);
            return 2;
        }
        PrinterCharset charset;
        try {
            charset = PrinterCharset.parse(encoding);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        EscPosRenderer.Rendering r = EscPosRenderer.render(Files.readAllBytes(file), charset, widthDots, !noChineseMode);
        out.print(r.text());
        err.println(r.receipts().size() + " receipt(s); skipped: " + r.anomalies().unknownCommands()
                + " unknown command(s), " + r.anomalies().oversizedCommands() + " oversized, "
                + r.anomalies().droppedBytes() + " truncated byte(s)");
        if (png != null) {
            ImageIO.write(r.image(), "png", png.toFile());
            err.println("Image: " + png.toAbsolutePath() + " (" + r.image().getWidth() + "x" + r.image().getHeight() + ")");
        }
        out.flush();
        err.flush();
        return 0;
    }
}
