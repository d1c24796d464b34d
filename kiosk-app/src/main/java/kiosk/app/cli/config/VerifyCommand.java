package kiosk.app.cli.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.config.KioskConfig;
import kiosk.config.bundle.ConfigBundle;
import kiosk.config.bundle.TrustedKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./kiosk config verify BUNDLE: signature by a trusted key, matching versions, a configuration that validates. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a bundle: signed by a trusted key, unchanged since, and its configuration valid (exit 0), else exit 2.")
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BUNDLE", description = "The bundle made by ./kiosk config sign.")
    Path file;

    @Option(names = "--trust", defaultValue = InstallCommand.DEFAULT_TRUST,
            description = "A trusted public key (.pub) or a directory of them (default ${DEFAULT-VALUE}).")
    Path trust;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConfigBundle bundle = ConfigBundle.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        KioskConfig config = bundle.verify(TrustedKeys.load(trust), file.toString());
        spec.commandLine().getOut().println(lang.texts().get("config.verify.done", file, bundle.version(), bundle.keyId(),
                config.kioskId()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
