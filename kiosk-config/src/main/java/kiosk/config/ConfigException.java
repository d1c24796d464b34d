package kiosk.config;

import java.util.List;
import java.util.Locale;

/**
 * The configuration cannot be used; every problem is listed with its line so staff can fix it. The
 * exception's message and {@link #problems()} are English (logs, engineers); {@link #problems(Locale)}
 * gives the sentences in the staff member's language.
 */
public class ConfigException extends Exception {

    private final String source;
    private final List<Problem> issues;

    public ConfigException(String source, List<String> problems) {
        this(problems.stream().map(p -> Problem.at(0, "literal", p)).toList(), source);
    }

    public ConfigException(List<Problem> issues, String source) {
        super(source + ": " + String.join("; ", issues.stream().map(p -> p.text(Locale.ENGLISH)).toList()));
        this.source = source;
        this.issues = List.copyOf(issues);
    }

    /** The file (or resource) the configuration came from. */
    public String source() {
        return source;
    }

    /** Every problem in English, "line N: ..." first when a line is known. */
    public List<String> problems() {
        return problems(Locale.ENGLISH);
    }

    public List<String> problems(Locale locale) {
        return issues.stream().map(p -> p.text(locale)).toList();
    }

    public List<Problem> issues() {
        return issues;
    }
}
