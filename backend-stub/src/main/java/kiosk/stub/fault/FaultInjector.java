package kiosk.stub.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Decides, per request, which fault (if any) it suffers. Deterministic for a seed and a request order. */
public final class FaultInjector {

    /** What happens to the response. */
    public enum Outcome { NONE, ERROR, RESET, STALL, MALFORMED, TRUNCATED, CRASH }

    /** The decision for one request. */
    public record Decision(long delayMs, Outcome outcome, int errorStatus, int stallMs, boolean afterEffect) {
        public static final Decision NONE = new Decision(0, Outcome.NONE, 503, 0, false);

        public boolean isNone() {
            return delayMs == 0 && outcome == Outcome.NONE;
        }
    }

    /** Per-rule counters of injected faults, for GET /admin/faults. */
    public record RuleStats(String path, long matched, long faulted) {
    }

    private FaultSettings settings = FaultSettings.NONE;
    private Random random = new Random(0);
    private long[] faulted = new long[0];
    private AtomicLong[] matched = new AtomicLong[0];

    public synchronized void configure(FaultSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.faulted = new long[settings.rules().size()];
        this.matched = new AtomicLong[settings.rules().size()];
        for (int i = 0; i < matched.length; i++) {
            matched[i] = new AtomicLong();
        }
    }

    public synchronized FaultSettings settings() {
        return settings;
    }

    public synchronized List<RuleStats> stats() {
        List<RuleStats> out = new ArrayList<>();
        for (int i = 0; i < faulted.length; i++) {
            out.add(new RuleStats(settings.rules().get(i).path(), matched[i].get(), faulted[i]));
        }
        return out;
    }

    public synchronized Decision decide(String method, String path) {
        List<FaultRule> rules = settings.rules();
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            if (!rule.matches(method, path)) {
                continue;
            }
            matched[i].incrementAndGet();
            long delay = rule.latencyMs() == null ? 0 : rule.latencyMs();
            if (rule.jitterMs() != null && rule.jitterMs() > 0) {
                delay += random.nextInt(rule.jitterMs() + 1);
            }
            Outcome outcome = draw(rule, random.nextDouble());
            if (outcome != Outcome.NONE && rule.limit() != null && faulted[i] >= rule.limit()) {
                outcome = Outcome.NONE;
            }
            if (outcome != Outcome.NONE) {
                faulted[i]++;
            }
            return new Decision(delay, outcome, rule.errorStatus() == null ? 503 : rule.errorStatus(),
                    rule.stallMs() == null ? 30_000 : rule.stallMs(), Boolean.TRUE.equals(rule.afterEffect()));
        }
        return Decision.NONE;
    }

    private static Outcome draw(FaultRule rule, double x) {
        double edge = rule.rate(rule.errorRate());
        if (x < edge) {
            return Outcome.ERROR;
        }
        edge += rule.rate(rule.resetRate());
        if (x < edge) {
            return Outcome.RESET;
        }
        edge += rule.rate(rule.stallRate());
        if (x < edge) {
            return Outcome.STALL;
        }
        edge += rule.rate(rule.malformedRate());
        if (x < edge) {
            return Outcome.MALFORMED;
        }
        edge += rule.rate(rule.truncatedRate());
        if (x < edge) {
            return Outcome.TRUNCATED;
        }
        edge += rule.rate(rule.crashRate());
        if (x < edge) {
            return Outcome.CRASH;
        }
        return Outcome.NONE;
    }
}
