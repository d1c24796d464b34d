package kiosk.app.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.config.bundle.SigningKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ./kiosk config keygen: a new Ed25519 signing key pair; never overwrites a key. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make an Ed25519 key pair for signing configuration bundles: NAME.key (keep it secret) and NAME.pub (give it to kiosks).")
public final class KeygenCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = ".", description = "Directory for the key files (default: the current one).")
    Path dir;

    @Option(names = "--name", defaultValue = "config-signing", description = "File name of the keys (default ${DEFAULT-VALUE}).")
    String name;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path privateFile = dir.resolve(name + ".key");
        Path publicFile = dir.resolve(name + ".pub");
        for (Path p : new Path[] {privateFile, publicFile}) {
            if (Files.exists(p)) {
                spec.commandLine().getErr().println(lang.texts().get("config.keygen.exists", p));
                return 2;
            }
        }
        Files.createDirectories(dir);
        KeyPair pair = SigningKeys.generate();
        SigningKeys.write(pair, privateFile, publicFile);
        spec.commandLine().getOut().println(lang.texts().get("config.keygen.done", privateFile, publicFile,
                SigningKeys.keyId(pair.getPublic())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
