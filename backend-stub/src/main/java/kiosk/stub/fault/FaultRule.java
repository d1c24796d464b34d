package kiosk.stub.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Faults for the requests whose path matches a glob ("*" one segment, "**" any rest) and, if given, whose
 * method is listed. Rates are probabilities per request, drawn once per request in this order: error,
 * reset, stall, malformed, truncated, crash (they add up to at most 1). afterEffect: the route runs first
 * (its effect is applied and its response stored for idempotency), the latency is spent while the request
 * still holds its idempotency key, and the fault replaces the response the client gets; otherwise latency
 * comes first and the fault replaces the route (nothing applied, nothing stored). crash: the route fails
 * inside its transaction (rolled back) and its 500 is stored for the key like any first response.
 * limit: at most that many faults from this rule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(String path, List<String> methods, Integer latencyMs, Integer jitterMs,
                        Double errorRate, Integer errorStatus, Double resetRate, Double stallRate, Integer stallMs,
                        Double malformedRate, Double truncatedRate, Double crashRate, Boolean afterEffect, Integer limit) {

    public FaultRule {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("fault rule needs a path pattern");
        }
        double total = 0;
        for (Double rate : new Double[] {errorRate, resetRate, stallRate, malformedRate, truncatedRate, crashRate}) {
            if (rate != null) {
                if (rate < 0 || rate > 1) {
                    throw new IllegalArgumentException("fault rates are between 0 and 1");
                }
                total += rate;
            }
        }
        if (total > 1.0000001) {
            throw new IllegalArgumentException("fault rates of one rule add up to more than 1");
        }
        if ((latencyMs != null && latencyMs < 0) || (jitterMs != null && jitterMs < 0) || (stallMs != null && stallMs < 0)) {
            throw new IllegalArgumentException("latencies are not negative");
        }
        if (errorStatus != null && (errorStatus < 500 || errorStatus > 599)) {
            throw new IllegalArgumentException("errorStatus is a 5xx status");
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit is not negative");
        }
    }

    boolean matches(String method, String requestPath) {
        if (methods != null && !methods.isEmpty() && methods.stream().noneMatch(m -> m.equalsIgnoreCase(method))) {
            return false;
        }
        return globToRegex(path).matcher(requestPath).matches();
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char ch = glob.charAt(i);
            if (ch == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (ch == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    double rate(Double r) {
        return r == null ? 0 : r;
    }
}
