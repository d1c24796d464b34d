package kiosk.peripherals.idcard.sam.sim;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.ForeignPermanentResidenceCard;
import kiosk.peripherals.idcard.HmtResidencePermit;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.TextBlockLayout;
import kiosk.peripherals.idcard.TextBlockLayout.Field;
import kiosk.peripherals.idcard.TextBlockLayout.Foreign;
import kiosk.peripherals.idcard.TextBlockLayout.Hmt;
import kiosk.peripherals.idcard.TextBlockLayout.Resident;
import kiosk.peripherals.idcard.Validity;

/**
 * The card's side of the text block: writes an identity into the 256-byte UTF-16LE, space-padded
 * layout a real card returns, so the simulator exercises the real parser.
 */
public final class TextBlockEncoder {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private TextBlockEncoder() {
    }

    public static byte[] encode(CardIdentity identity) {
        byte[] block = blank();
        if (identity instanceof ResidentIdCard c) {
            put(block, Resident.NAME, c.name());
            put(block, Resident.SEX, c.sex().code());
            put(block, Resident.NATION, c.nation().code());
            put(block, Resident.BIRTH, date(c.birthDate()));
            put(block, Resident.ADDRESS, c.address());
            put(block, Resident.ID_NUMBER, c.idNumber().value());
            put(block, Resident.AUTHORITY, c.issuingAuthority());
            putValidity(block, Resident.VALID_FROM, Resident.VALID_TO, c.validity());
        } else if (identity instanceof HmtResidencePermit c) {
            put(block, Hmt.NAME, c.name());
            put(block, Hmt.SEX, c.sex().code());
            put(block, Hmt.BIRTH, date(c.birthDate()));
            put(block, Hmt.ADDRESS, c.address());
            put(block, Hmt.ID_NUMBER, c.idNumber().value());
            put(block, Hmt.AUTHORITY, c.issuingAuthority());
            putValidity(block, Hmt.VALID_FROM, Hmt.VALID_TO, c.validity());
            put(block, Hmt.PASS_NUMBER, c.passNumber());
            put(block, Hmt.ISSUE_COUNT, String.format("%02d", c.issueCount()));
            put(block, TextBlockLayout.CARD_TYPE, "J");
        } else if (identity instanceof ForeignPermanentResidenceCard c) {
            put(block, Foreign.ENGLISH_NAME, c.englishName());
            put(block, Foreign.SEX, c.sex().code());
            put(block, Foreign.CARD_NUMBER, c.cardNumber());
            put(block, Foreign.NATIONALITY, c.nationality());
            put(block, Foreign.CHINESE_NAME, c.chineseName());
            putValidity(block, Foreign.VALID_FROM, Foreign.VALID_TO, c.validity());
            put(block, Foreign.BIRTH, date(c.birthDate()));
            put(block, Foreign.VERSION, c.cardVersion());
            put(block, Foreign.AUTHORITY_CODE, c.authorityCode());
            put(block, TextBlockLayout.CARD_TYPE, "I");
        }
        return block;
    }

    /** 256 bytes of UTF-16LE spaces. */
    public static byte[] blank() {
        byte[] block = new byte[TextBlockLayout.SIZE];
        for (int i = 0; i < block.length; i += 2) {
            block[i] = ' ';
        }
        return block;
    }

    /** Encodes text into a space-padded field of the given byte size (also the appended address). */
    public static byte[] field(String text, int size) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
        if (bytes.length > size) {
            throw new IllegalArgumentException("text does not fit a " + size + "-byte field");
        }
        byte[] out = new byte[size];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        for (int i = bytes.length; i < size; i += 2) {
            out[i] = ' ';
        }
        return out;
    }

    private static void put(byte[] block, Field field, String text) {
        byte[] bytes = field(text, field.length());
        System.arraycopy(bytes, 0, block, field.offset(), bytes.length);
    }

    private static void putValidity(byte[] block, Field from, Field to, Validity validity) {
        put(block, from, date(validity.from()));
        put(block, to, validity.until().map(TextBlockEncoder::date).orElse(TextBlockLayout.LONG_TERM));
    }

    private static String date(LocalDate date) {
        return date.format(YYYYMMDD);
    }

    /** For tests and fault scripts: the block with one field overwritten by raw bytes. */
    public static byte[] withRaw(byte[] block, int offset, byte[] raw) {
        byte[] copy = Arrays.copyOf(block, block.length);
        System.arraycopy(raw, 0, copy, offset, raw.length);
        return copy;
    }
}
