package kiosk.app.cli.config;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import kiosk.app.cli.StaffLanguage;
import kiosk.config.PinHash;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ./kiosk config hash-pin: the PBKDF2 hash to put in admin.staff[].pin (or .card), read without echo. */
@Command(name = "hash-pin", mixinStandardHelpOptions = true,
        description = "Read a staff PIN (6-12 digits) or, with --card, a staff card's ID number from the terminal or stdin and print its hash for kiosk.yaml.")
public final class HashPinCommand implements Callable<Integer> {

    @Option(names = "--card", description = "Hash a staff card's 18-character ID number instead of a PIN.")
    boolean card;

    @Option(names = "--iterations", defaultValue = "" + PinHash.DEFAULT_ITERATIONS, hidden = true)
    int iterations;

    @Mixin
    StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        char[] secret = read();
        try {
            String text = new String(secret).trim();
            boolean ok = card ? text.matches("\\d{17}[\\dXx]") : text.matches("\\d{6,12}");
            if (!ok) {
                spec.commandLine().getErr().println(lang.texts().get(card ? "config.hash.bad-card" : "config.hash.bad-pin"));
                return 2;
            }
            spec.commandLine().getOut().println(PinHash.create(text.toUpperCase().toCharArray(), iterations).text());
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private char[] read() throws java.io.IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", lang.texts().get(card ? "config.hash.prompt-card" : "config.hash.prompt-pin"));
            return typed == null ? new char[0] : typed;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
