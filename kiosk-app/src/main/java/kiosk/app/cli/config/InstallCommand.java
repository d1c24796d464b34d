package kiosk.app.cli.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.app.i18n.StaffTexts;
import kiosk.config.bundle.BundleInstaller;
import kiosk.config.bundle.ConfigBundle;
import kiosk.config.bundle.TrustedKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./kiosk config install BUNDLE: verify, refuse an older version, replace kiosk.yaml atomically. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Install a verified bundle as the kiosk's configuration; a version older than the installed one is refused.")
public final class InstallCommand implements Callable<Integer> {

    static final String DEFAULT_TRUST = "/etc/kiosk/trusted-keys";

    @Parameters(paramLabel = "BUNDLE", description = "The bundle made by ./kiosk config sign.")
    Path file;

    @Option(names = "--to", defaultValue = "/etc/kiosk/kiosk.yaml", description = "The kiosk's configuration file (default ${DEFAULT-VALUE}).")
    Path target;

    @Option(names = "--trust", defaultValue = DEFAULT_TRUST,
            description = "A trusted public key (.pub) or a directory of them (default ${DEFAULT-VALUE}).")
    Path trust;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConfigBundle bundle = ConfigBundle.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        BundleInstaller.Installed installed = new BundleInstaller(target, TrustedKeys.load(trust)).install(bundle, file.toString());
        StaffTexts t = lang.texts();
        spec.commandLine().getOut().println(installed.changed()
                ? t.get("config.install.done", target, installed.version(), installed.previousVersion())
                : t.get("config.install.unchanged", target, installed.version()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
