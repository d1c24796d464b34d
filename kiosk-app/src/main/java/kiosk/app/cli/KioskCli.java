package kiosk.app.cli;

import kiosk.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point behind ./kiosk: every user's command is a subcommand here. */
@Command(name = "kiosk",
        mixinStandardHelpOptions = true,
        version = "kiosk 0.1.0",
        description = "Police self-service kiosk: run the demo, the backend stub, diagnostics and benchmarks.",
        subcommands = {
            StubCommand.class,
            DemoCommand.class,
            RunCommand.class,
            ScreensCommand.class,
            DiagCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class KioskCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return configure(new CommandLine(new KioskCli())).execute(args);
    }

    /** The settings every entry point shares (also used by tests that capture the output). */
    public static CommandLine configure(CommandLine cli) {
        return cli.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(KioskCli::explain);
    }

    /** A failed command says what went wrong in one line; the stack trace only with -Dkiosk.debug=true. */
    private static int explain(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        if (e instanceof ConfigException config) { // every problem on its own line, with its line number
            command.getErr().println("kiosk " + command.getCommandName() + ": " + config.source() + " cannot be used:");
            config.problems().forEach(p -> command.getErr().println("  " + p));
            return 2;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        command.getErr().println("kiosk " + command.getCommandName() + ": " + message);
        if (Boolean.getBoolean("kiosk.debug")) {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
