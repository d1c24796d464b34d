package kiosk.app.ops.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Map;

/**
 * The kiosk's logs, configured in code (found by Logback through the service loader) rather than from a
 * logback.xml: parsing XML at start-up cost a quarter of a second before the first screen. A short human
 * line on the console (journald under systemd) and structured JSON in rolling files, 10 MB each, 14 days
 * and 200 MB at most; both pass every message through {@link PersonalDataMask}. The folder is the
 * property kiosk.log.dir (default ~/.local/state/kiosk/logs); kiosk.log.maxFileSize and
 * kiosk.log.totalSizeCap override the bounds. Properties are read from the logger context first, then
 * from the system properties.
 *
 * <p>A logback-test.xml on the class path (the tests') or -Dlogback.configurationFile wins: then this
 * configurator steps aside and Logback reads that file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class KioskLogConfigurator extends ContextAwareBase implements Configurator {

    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} %maskedMsg%n";

    /** Libraries whose INFO lines are noise on a kiosk. */
    private static final Map<String, Level> LEVELS = Map.of(
            "okhttp3", Level.INFO,
            "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN,
            "kiosk.stub.access", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || KioskLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The kiosk's appenders and levels on {@code context}, whatever else is on the class path. */
    public static void apply(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console(context));
        root.addAppender(jsonFiles(context));
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("maskedMsg", MaskedMessageConverter::new);
        layout.setPattern(CONSOLE_PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        return console;
    }

    private static RollingFileAppender<ILoggingEvent> jsonFiles(LoggerContext context) {
        Path dir = Path.of(property(context, "kiosk.log.dir",
                Path.of(System.getProperty("user.home"), ".local", "state", "kiosk", "logs").toString()));
        RollingFileAppender<ILoggingEvent> files = new RollingFileAppender<>();
        files.setContext(context);
        files.setName("JSON");
        files.setFile(dir.resolve("kiosk.json").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(files);
        rolling.setFileNamePattern(dir.resolve("kiosk.%d{yyyy-MM-dd}.%i.json.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf(property(context, "kiosk.log.maxFileSize", "10MB")));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf(property(context, "kiosk.log.totalSizeCap", "200MB")));
        rolling.setCleanHistoryOnStart(true);
        rolling.start();
        files.setRollingPolicy(rolling);
        MaskedJsonEncoder encoder = new MaskedJsonEncoder();
        encoder.setContext(context);
        encoder.start();
        files.setEncoder(encoder);
        files.start();
        return files;
    }

    private static String property(LoggerContext context, String name, String otherwise) {
        String value = context.getProperty(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? otherwise : value;
    }
}
