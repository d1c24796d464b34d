package kiosk.app.cli.config;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** ./kiosk config: check, show and compare kiosk.yaml files; sign, verify and install configuration bundles. */
@Command(name = "config",
        description = "Kiosk configuration: validate, show, diff; keygen, sign, verify and install signed bundles; hash a staff PIN.",
        subcommands = {
            ValidateCommand.class,
            ShowCommand.class,
            DiffCommand.class,
            KeygenCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            InstallCommand.class,
            HashPinCommand.class,
        })
public final class ConfigCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
