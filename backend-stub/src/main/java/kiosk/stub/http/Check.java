package kiosk.stub.http;

import java.util.Collection;
import java.util.Set;

/** Field checks for request records; each failure is a 400 INVALID_FIELD naming the field (never its value). */
public final class Check {

    private Check() {
    }

    public static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ApiException(Refusal.INVALID_FIELD, "field '" + field + "' is required");
        }
    }

    public static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ApiException(Refusal.INVALID_FIELD, "field '" + field + "' is longer than " + max);
        }
    }

    public static void notEmpty(String field, Collection<?> value) {
        if (value == null || value.isEmpty()) {
            throw new ApiException(Refusal.INVALID_FIELD, "field '" + field + "' must not be empty");
        }
    }

    public static void oneOf(String field, String value, Set<String> allowed) {
        required(field, value);
        if (!allowed.contains(value)) {
            throw new ApiException(Refusal.INVALID_FIELD, "field '" + field + "' must be one of " + allowed);
        }
    }

    public static void that(boolean condition, String field, String rule) {
        if (!condition) {
            throw new ApiException(Refusal.INVALID_FIELD, "field '" + field + "' " + rule);
        }
    }
}
