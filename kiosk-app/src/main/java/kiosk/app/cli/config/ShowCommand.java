package kiosk.app.cli.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.config.ConfigLoader;
import kiosk.config.EffectiveConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** ./kiosk config show FILE: the effective configuration, defaults filled in, secrets hidden. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print the configuration the kiosk would run, defaults included, one 'key = value' per line (secrets hidden).")
public final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The kiosk.yaml.")
    Path file;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> lines = EffectiveConfig.lines(ConfigLoader.load(file));
        PrintWriter out = spec.commandLine().getOut();
        out.println(lang.texts().get("config.show.heading", file));
        lines.forEach((k, v) -> out.println(k + " = " + v));
        out.flush();
        return 0;
    }
}
