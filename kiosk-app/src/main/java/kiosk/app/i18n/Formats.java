package kiosk.app.i18n;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times, money and names as a resident of each language reads them. Fixed patterns rather than
 * the JDK's locale data, which changes between JDK versions (CLDR) and would change receipts with it.
 * <ul>
 *   <li>Dates: 2026年12月1日 (zh-CN, zh-TW: Hong Kong, Macao and mainland forms agree; Taiwan's Minguo
 *       year is not used on mainland documents); 1 Dec 2026 in English, day first as on Chinese
 *       documents and never the ambiguous 12/1.</li>
 *   <li>Money: ¥400.00 in zh-CN; 人民幣400.00元 in zh-TW, since ¥ reads as Japanese yen in Taiwan and
 *       Hong Kong; CNY 400.00 in English, the ISO code a visitor sees on card statements, where ¥
 *       alone is ambiguous.</li>
 *   <li>Times: 24-hour 14:05 everywhere; countdowns mm:ss.</li>
 * </ul>
 */
public final class Formats {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Formats() {
    }

    public static String date(LocalDate date, Language language) {
        // Locale.UK spells September "Sept" on newer JDKs; the fixed table below does not move.
        return language == Language.EN ? englishDate(date) : CHINESE_DATE.format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** A time to the second, 24-hour (02:14:30): when the kiosk looks again, seconds away. */
    public static String clock(LocalTime time) {
        return CLOCK.format(time);
    }

    /** 2026年12月1日 14:05 / 1 Dec 2026, 14:05 */
    public static String dateTime(LocalDateTime at, Language language) {
        String date = date(at.toLocalDate(), language);
        return language == Language.EN ? date + ", " + time(at.toLocalTime()) : date + " " + time(at.toLocalTime());
    }

    /** An amount in fen (cents): ¥1,200.00 / 人民幣1,200.00元 / CNY 1,200.00; a refund keeps its minus sign. */
    public static String money(long cents, Language language) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String number = String.format(Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
        return switch (language) {
            case ZH_CN -> sign + "¥" + number;
            case ZH_TW -> sign + "人民幣" + number + "元";
            case EN -> sign + "CNY " + number;
        };
    }

    /** A countdown as mm:ss (03:00, 00:30), rounded up so 00:00 means time is up; never negative. */
    public static String countdown(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    /**
     * A name as read from a card or the backend, ready to show: NFC (so a rare character typed two ways
     * compares equal), trimmed, and the separator of minority names (阿依古丽·买买提) as the middle dot
     * U+00B7 that GB 18030 and the ID card use, whichever dot-like character arrived. The same in every
     * language: names are never translated or romanised.
     */
    public static String name(String raw) {
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        return name.replaceAll("\\s*[\\u2022\\u2027\\u30FB\\uFF0E\\u22C5\\u0387.]\\s*", "\u00B7")
                .replaceAll("\\s+", " ");
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static String englishDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
