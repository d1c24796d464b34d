package kiosk.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Diagnostics for station staff and operators: devices, cards, receipts, QR codes, frames. */
@Command(name = "diag",
        description = "Device diagnostics: list devices, read a card, print a test receipt, decode frames and QR images.",
        subcommands = {
            kiosk.app.cli.diag.DevicesCommand.class,
            kiosk.app.cli.diag.PrintTestCommand.class,
            kiosk.app.cli.diag.RenderEscPosCommand.class,
            kiosk.app.cli.diag.SimulateCommand.class,
            kiosk.app.cli.diag.DecodeIdCommand.class,
            kiosk.app.cli.diag.ReadCardCommand.class,
            kiosk.app.cli.diag.DecodeQrCommand.class,
        })
public final class DiagCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
