package kiosk.app.cli.diag;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.IdentityReport;
import kiosk.peripherals.idcard.sam.BaseInfo;
import kiosk.peripherals.idcard.sam.SamCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./kiosk diag decode-id HEX...: a SAM read-base-info reply frame, field by field. */
@Command(name = "decode-id", mixinStandardHelpOptions = true,
        description = "Decode a SAM read-base-info reply frame (AA AA AA 96 69 ..., 1295 bytes) given in hex; "
                + "spaces and line breaks are allowed. Names, numbers and addresses are masked unless --reveal.")
public final class DecodeIdCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "HEX", description = "The frame's bytes in hex (arguments are joined).")
    List<String> hex;

    @Option(names = "--reveal", description = "Show names, ID numbers, addresses and birth dates unmasked.")
    boolean reveal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CardIdentity identity = BaseInfo.decodeFrame(SamCodec.parseHex(String.join(" ", hex)));
            try {
                IdentityReport.lines(identity, reveal).forEach(out::println);
            } finally {
                identity.wipe();
            }
            out.flush();
            return 0;
        } catch (DeviceException e) {
            err.println("decode failed: " + e.reason() + " (" + e.code() + "): " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
