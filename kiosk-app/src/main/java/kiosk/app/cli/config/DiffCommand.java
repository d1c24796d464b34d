package kiosk.app.cli.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.app.i18n.StaffTexts;
import kiosk.config.ConfigLoader;
import kiosk.config.EffectiveConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** ./kiosk config diff A B: what changes between two configurations, as the kiosk would run them. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two kiosk.yaml files as the kiosk would run them (defaults included): exit 0 when they are the same, 1 when they differ.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The first kiosk.yaml (e.g. the installed one).")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second kiosk.yaml (e.g. the new one).")
    Path second;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<EffectiveConfig.Change> changes = EffectiveConfig.diff(ConfigLoader.load(first), ConfigLoader.load(second));
        PrintWriter out = spec.commandLine().getOut();
        StaffTexts t = lang.texts();
        if (changes.isEmpty()) {
            out.println(t.get("config.diff.same", first, second));
            out.flush();
            return 0;
        }
        out.println(t.get("config.diff.heading", first, second, changes.size()));
        for (EffectiveConfig.Change c : changes) {
            if (c.before() != null) {
                out.println("- " + c.key() + " = " + c.before());
            }
            if (c.after() != null) {
                out.println("+ " + c.key() + " = " + c.after());
            }
        }
        out.flush();
        return 1;
    }
}
