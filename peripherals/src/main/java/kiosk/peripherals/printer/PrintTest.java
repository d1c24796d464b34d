package kiosk.peripherals.printer;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceStatus;

/**
 * The staff test print: a receipt with Simplified Chinese, Traditional Chinese and English lines,
 * rare name characters (which a GB2312 printer gets as an image), two-column lines and a QR code,
 * printed with the printer's status read before and after.
 */
public final class PrintTest {

    /** What happened: the status before and after, and the completion or the typed error. */
    public record Result(DeviceStatus before, PrintCompletion completion, DeviceException error, DeviceStatus after) {
        public boolean succeeded() {
            return error == null;
        }
    }

    private PrintTest() {
    }

    public static Receipt receipt(LocalDateTime at) {
        String stamp = at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return Receipt.builder()
                .title("打印测试")
                .text("Printer test", Receipt.Align.CENTER, true, 1)
                .rule()
                .text("简体中文：公安自助服务终端")
                .text("繁體中文：公安自助服務終端")
                .text("English: police self-service kiosk")
                .text("生僻字：刘\u4DAE 王\uD86D\uDCE7明")
                .rule()
                .pair("时间 Time", stamp)
                .pair("金额 Amount", "¥200.00")
                .qr("KIOSK-PRINT-TEST " + stamp)
                .text("— 测试结束 End of test —", Receipt.Align.CENTER, false, 1)
                .build();
    }

    /** Opens the printer if needed, reads its status, prints the test receipt, reads the status again. */
    public static Result run(Printer printer, LocalDateTime at) {
        DeviceStatus before = printer.checkHealth();
        try {
            PrintCompletion done = printer.print(receipt(at));
            return new Result(before, done, null, printer.checkHealth());
        } catch (DeviceException e) {
            return new Result(before, null, e, printer.checkHealth());
        }
    }
}
