package kiosk.config;

import java.util.List;

/** The configuration cannot be used; every problem is listed with its line so staff can fix it. */
public class ConfigException extends Exception {

    private final String source;
    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource) the configuration came from. */
    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
