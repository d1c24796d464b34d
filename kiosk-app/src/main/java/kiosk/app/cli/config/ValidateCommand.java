package kiosk.app.cli.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.app.i18n.StaffTexts;
import kiosk.config.ConfigLoader;
import kiosk.config.KioskConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** ./kiosk config validate FILE: every problem with its line, or a one-line summary of a good file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a kiosk.yaml as a whole: every problem with its line (exit 2), or a summary (exit 0).")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The kiosk.yaml to check.")
    Path file;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KioskConfig config = ConfigLoader.load(file); // a ConfigException is explained line by line by KioskCli
        StaffTexts t = lang.texts();
        spec.commandLine().getOut().println(t.get("config.valid", file, config.kioskId(),
                t.get("config.mode." + config.mode().name().toLowerCase(Locale.ROOT)), config.version(), config.devices().size(),
                config.admin().staff().size()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
