package kiosk.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import kiosk.app.i18n.StaffTexts;
import kiosk.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point behind ./kiosk: every user's command is a subcommand here. */
@Command(name = "kiosk",
        mixinStandardHelpOptions = true,
        version = "kiosk 0.1.0",
        description = "Police self-service kiosk: run the demo, the backend stub, diagnostics, configuration tools and benchmarks.",
        subcommands = {
            StubCommand.class,
            DemoCommand.class,
            RunCommand.class,
            ScreensCommand.class,
            DiagCommand.class,
            kiosk.app.cli.config.ConfigCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class KioskCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("demo"))) {
            // the toolkit and the faces come up while the command line, the configuration (and the demo's stub) are read
            kiosk.app.ui.FxRuntime.startInBackground();
        }
        System.exit(run(args));
    }

    public static int run(String... args) {
        Optional<Path> kioskStart = kioskStart(args);
        if (kioskStart.isPresent()) {
            return runKiosk(kioskStart.get(), args);
        }
        return configure(new CommandLine(new KioskCli())).execute(args);
    }

    /**
     * The configuration file of {@code run --config FILE} (or {@code --config=FILE}), as the kiosk session
     * starts the kiosk; empty for any other command line. That start skips building the command tree:
     * picocli reads every command's annotations first, 0.3 s on two cores with the AOT cache or without,
     * and the attract screen waits for the configuration. Every other command line goes through picocli.
     */
    static Optional<Path> kioskStart(String... args) {
        if (args.length == 3 && args[0].equals("run") && args[1].equals("--config") && !args[2].startsWith("-")) {
            return Optional.of(Path.of(args[2]));
        }
        if (args.length == 2 && args[0].equals("run") && args[1].startsWith("--config=") && args[1].length() > 9) {
            return Optional.of(Path.of(args[1].substring(9)));
        }
        return Optional.empty();
    }

    /** Runs the kiosk; a failure is explained as picocli's handler explains it (the tree is built only then). */
    private static int runKiosk(Path configFile, String... args) {
        RunCommand command = new RunCommand();
        command.configFile = configFile;
        try {
            return command.call();
        } catch (Exception e) {
            CommandLine cli = configure(new CommandLine(new KioskCli()));
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            return explain(e, parsed.subcommand().commandSpec().commandLine(), parsed);
        }
    }

    /** The settings every entry point shares (also used by tests that capture the output). */
    public static CommandLine configure(CommandLine cli) {
        return cli.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(KioskCli::explain);
    }

    /** A failed command says what went wrong in one line; the stack trace only with -Dkiosk.debug=true. */
    private static int explain(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        StaffTexts texts = StaffTexts.of(StaffLanguage.resolve(langOf(parsed)));
        if (e instanceof ConfigException config) { // every problem on its own line, with its line number
            command.getErr().println("kiosk " + command.getCommandName() + ": " + texts.get("cli.cannot-use", config.source()));
            config.problems(texts.locale()).forEach(p -> command.getErr().println("  " + p));
            return 2;
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            command.getErr().println("kiosk " + command.getCommandName() + ": " + texts.get("cli.no-file", missing.getFile()));
            return 2;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        command.getErr().println("kiosk " + command.getCommandName() + ": " + message);
        if (Boolean.getBoolean("kiosk.debug")) {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }

    /** The --lang given anywhere on the command line, or null. */
    private static String langOf(CommandLine.ParseResult parsed) {
        String lang = null;
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--lang")) {
                lang = r.matchedOptionValue("--lang", (String) null);
            }
        }
        return lang;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
