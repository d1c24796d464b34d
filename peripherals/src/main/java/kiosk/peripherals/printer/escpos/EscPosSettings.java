package kiosk.peripherals.printer.escpos;

import java.time.Duration;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;

/**
 * One receipt printer's settings.
 *
 * @param charset          code system of the printer's Chinese mode (setting "encoding", default GB18030)
 * @param paperWidthDots   printable width: 384 for 58 mm paper, 576 for 80 mm ("paper-width-dots")
 * @param chineseMode      send FS &amp; after initialising ("chinese-mode", default true)
 * @param writeTimeout     bound on every write ("write-timeout", default 5s)
 * @param statusTimeout    bound on a DLE EOT answer ("status-timeout", default 1s)
 * @param completionTimeout how long a receipt may take to print ("completion-timeout", default 20s)
 *
 * <p>Timeouts are written like the rest of the configuration ({@link DeviceSpec#duration}): "500ms",
 * "5s", "1m"; "write-timeout-ms: 5000" and the like are still read.
 */
public record EscPosSettings(PrinterCharset charset, int paperWidthDots, boolean chineseMode,
                             Duration writeTimeout, Duration statusTimeout, Duration completionTimeout) {

    public static final EscPosSettings DEFAULT = new EscPosSettings(PrinterCharset.GB18030, 576, true,
            Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(20));

    public EscPosSettings withCharset(PrinterCharset c) {
        return new EscPosSettings(c, paperWidthDots, chineseMode, writeTimeout, statusTimeout, completionTimeout);
    }

    public EscPosSettings withPaperWidthDots(int dots) {
        return new EscPosSettings(charset, dots, chineseMode, writeTimeout, statusTimeout, completionTimeout);
    }

    public EscPosSettings withTimeouts(Duration write, Duration status, Duration completion) {
        return new EscPosSettings(charset, paperWidthDots, chineseMode, write, status, completion);
    }

    public EscPosEncoder encoder() {
        return new EscPosEncoder(charset, paperWidthDots, chineseMode);
    }

    /** Reads the settings of a device spec; a bad value is a typed configuration error. */
    public static EscPosSettings from(DeviceSpec spec) throws DeviceException {
        try {
            int width = Integer.parseInt(spec.setting("paper-width-dots", "576").trim());
            if (width != 384 && width != 576 && (width < 96 || width > 2048)) {
                throw new IllegalArgumentException("paper-width-dots out of range: " + width);
            }
            return new EscPosSettings(
                    PrinterCharset.parse(spec.setting("encoding", "GB18030")),
                    width,
                    Boolean.parseBoolean(spec.setting("chinese-mode", "true").trim()),
                    spec.duration("write-timeout", Duration.ofSeconds(5)),
                    spec.duration("status-timeout", Duration.ofSeconds(1)),
                    spec.duration("completion-timeout", Duration.ofSeconds(20)));
        } catch (IllegalArgumentException e) {
            throw new DeviceException(CompletionCode.INVALID_DATA, "config.bad-setting",
                    "device '" + spec.id() + "': " + e.getMessage(), e);
        }
    }
}
