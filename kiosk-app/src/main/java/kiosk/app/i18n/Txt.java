package kiosk.app.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kiosk.app.model.LocalizedText;

/**
 * A text on screen or paper, kept language-free until it is rendered: a bundle key with arguments, the
 * backend's own words, a value shown as it is (plate, reference), money or a date. Screen models hold
 * these, so switching the language re-renders the same model.
 */
public sealed interface Txt {

    /** A bundle key; arguments may themselves be texts. */
    record Key(String key, List<Object> args) implements Txt {
        public Key {
            args = List.copyOf(args);
        }
    }

    /** Words the backend sent in every language (a refusal, a violation's description). */
    record Words(LocalizedText text) implements Txt {
    }

    /** A value that reads the same in every language: a plate, an order number, a masked name. */
    record Plain(String text) implements Txt {
    }

    record Money(long cents) implements Txt {
    }

    record Day(LocalDate date) implements Txt {
    }

    record Moment(Instant at) implements Txt {
    }

    static Txt key(String key, Object... args) {
        return new Key(key, Arrays.asList(args));
    }

    static Txt plain(String text) {
        return new Plain(text == null ? "" : text);
    }

    static Txt money(long cents) {
        return new Money(cents);
    }

    static Txt day(LocalDate date) {
        return date == null ? plain("") : new Day(date);
    }

    static Txt words(LocalizedText text) {
        return new Words(text);
    }

    /** The backend's code for a thing (a status, a type) as the resident reads it: key {@code prefix.CODE}. */
    static Txt code(String prefix, String code) {
        return key(prefix + "." + code);
    }
}
