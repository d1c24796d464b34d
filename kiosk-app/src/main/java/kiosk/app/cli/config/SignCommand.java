package kiosk.app.cli.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.config.bundle.ConfigBundle;
import kiosk.config.bundle.SigningKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./kiosk config sign FILE: a signed bundle of a configuration that validates, carrying its version. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a kiosk.yaml that validates into a bundle carrying its version (the yaml's 'version').")
public final class SignCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The kiosk.yaml to sign.")
    Path file;

    @Option(names = "--key", required = true, description = "The private signing key (NAME.key from keygen).")
    Path key;

    @Option(names = "--pub", description = "Its public key (default: NAME.pub beside NAME.key).")
    Path pub;

    @Option(names = "--out", description = "Where the bundle goes (default: FILE.bundle).")
    Path out;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path publicFile = pub != null ? pub : key.resolveSibling(key.getFileName().toString().replaceFirst("\\.key$", "") + ".pub");
        ConfigBundle bundle = ConfigBundle.sign(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
                SigningKeys.readPrivate(key), SigningKeys.readPublic(publicFile));
        Path target = out != null ? out : file.resolveSibling(file.getFileName() + ".bundle");
        Files.writeString(target, bundle.text(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(lang.texts().get("config.sign.done", target, bundle.version(), bundle.keyId()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
