package kiosk.peripherals.idcard;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import kiosk.peripherals.idcard.TextBlockLayout.Field;
import kiosk.peripherals.idcard.TextBlockLayout.Foreign;
import kiosk.peripherals.idcard.TextBlockLayout.Hmt;
import kiosk.peripherals.idcard.TextBlockLayout.Resident;

/**
 * Parses the 256-byte text block of a read-base-info reply into a typed identity. Strict: every
 * field must decode as UTF-16LE (a lone surrogate is an error, so a rare character outside the
 * BMP survives intact or the card is rejected), and every failure is an {@link IdCardDataException}
 * naming the field, never its content.
 */
public final class TextBlockParser {

    private TextBlockParser() {
    }

    /** Which layout the block uses, by its card-type marker. */
    public static CardType cardType(byte[] text) throws IdCardDataException {
        requireSize(text);
        char marker = (char) ((text[TextBlockLayout.CARD_TYPE.offset()] & 0xFF)
                | (text[TextBlockLayout.CARD_TYPE.offset() + 1] & 0xFF) << 8);
        return switch (marker) {
            case ' ', '\0' -> CardType.RESIDENT_ID;
            case 'I' -> CardType.FOREIGN_PERMANENT_RESIDENCE;
            case 'J' -> CardType.HMT_RESIDENCE_PERMIT;
            // 'Y' marks the 2023 foreigner's card, whose layout we could not confirm: refuse, do not guess.
            case 'Y' -> throw new IdCardDataException("idcard.unsupported-card-type",
                    "card type 'Y' (2023 permanent residence card) is not supported");
            default -> throw new IdCardDataException("idcard.unknown-card-type", "unknown card type marker");
        };
    }

    public static CardIdentity parse(byte[] text, WltPhoto photo) throws IdCardDataException {
        return switch (cardType(text)) {
            case RESIDENT_ID -> parseResident(text, photo);
            case FOREIGN_PERMANENT_RESIDENCE -> parseForeign(text, photo);
            case HMT_RESIDENCE_PERMIT -> parseHmt(text, photo);
        };
    }

    private static ResidentIdCard parseResident(byte[] text, WltPhoto photo) throws IdCardDataException {
        String name = required(text, Resident.NAME);
        Sex sex = Sex.ofCode(required(text, Resident.SEX));
        Nation nation = Nation.ofCode(required(text, Resident.NATION));
        LocalDate birth = date(text, Resident.BIRTH);
        String address = required(text, Resident.ADDRESS);
        IdNumber idNumber = IdNumber.parse(required(text, Resident.ID_NUMBER));
        String authority = required(text, Resident.AUTHORITY);
        Validity validity = validity(text, Resident.VALID_FROM, Resident.VALID_TO);
        requireConsistent(idNumber, birth, sex);
        return new ResidentIdCard(name, sex, nation, birth, address, idNumber, authority, validity, "", photo);
    }

    private static HmtResidencePermit parseHmt(byte[] text, WltPhoto photo) throws IdCardDataException {
        String name = required(text, Hmt.NAME);
        Sex sex = Sex.ofCode(required(text, Hmt.SEX));
        LocalDate birth = date(text, Hmt.BIRTH);
        String address = required(text, Hmt.ADDRESS);
        IdNumber idNumber = IdNumber.parse(required(text, Hmt.ID_NUMBER));
        if (!idNumber.value().matches("8[123].*")) {
            throw new IdCardDataException("idcard.bad-field", "residence permit ID number must start with 81, 82 or 83");
        }
        String authority = required(text, Hmt.AUTHORITY);
        Validity validity = validity(text, Hmt.VALID_FROM, Hmt.VALID_TO);
        String pass = required(text, Hmt.PASS_NUMBER);
        if (!pass.matches("[A-Z0-9]{8,9}")) {
            throw new IdCardDataException("idcard.bad-field", "field passNumber is not a travel permit number");
        }
        String count = required(text, Hmt.ISSUE_COUNT);
        if (!count.matches("[0-9]{1,2}")) {
            throw new IdCardDataException("idcard.bad-field", "field issueCount is not a number");
        }
        requireConsistent(idNumber, birth, sex);
        return new HmtResidencePermit(name, sex, birth, address, idNumber, authority, validity, pass,
                Integer.parseInt(count), photo);
    }

    private static ForeignPermanentResidenceCard parseForeign(byte[] text, WltPhoto photo)
            throws IdCardDataException {
        String englishName = required(text, Foreign.ENGLISH_NAME);
        Sex sex = Sex.ofCode(required(text, Foreign.SEX));
        String number = required(text, Foreign.CARD_NUMBER);
        if (!number.matches("[A-Z]{3}[0-9]{12}")) {
            throw new IdCardDataException("idcard.bad-field", "field cardNumber is not a permanent residence card number");
        }
        String nationality = required(text, Foreign.NATIONALITY);
        if (!nationality.matches("[A-Z]{3}")) {
            throw new IdCardDataException("idcard.bad-field", "field nationality is not an ISO 3166 alpha-3 code");
        }
        String chineseName = optional(text, Foreign.CHINESE_NAME);
        Validity validity = validity(text, Foreign.VALID_FROM, Foreign.VALID_TO);
        LocalDate birth = date(text, Foreign.BIRTH);
        String version = optional(text, Foreign.VERSION);
        String authority = optional(text, Foreign.AUTHORITY_CODE);
        return new ForeignPermanentResidenceCard(englishName, chineseName, sex, number, nationality, birth,
                validity, version, authority, photo);
    }

    /** Decodes one field strictly; trailing space or NUL padding is removed. */
    static String field(byte[] text, Field field) throws IdCardDataException {
        return decodeField(text, field.offset(), field.length(), field.name());
    }

    /** Decodes {@code length} bytes of space-padded UTF-16LE text strictly; the name is for errors only. */
    public static String decodeField(byte[] bytes, int offset, int length, String name) throws IdCardDataException {
        if (length % 2 != 0 || offset < 0 || offset + length > bytes.length) {
            throw new IdCardDataException("idcard.bad-text", "field " + name + " has an odd or out-of-range size");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_16LE.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
        } catch (CharacterCodingException e) {
            throw new IdCardDataException("idcard.bad-text", "field " + name + " is not valid UTF-16LE");
        }
        String s = chars.toString();
        // Padding is U+0020 or U+0000, never part of a surrogate pair, so trimming cannot split one.
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        s = s.substring(0, end);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || c == '\uFEFF') {
                throw new IdCardDataException("idcard.bad-text", "field " + name + " holds control characters");
            }
        }
        return s;
    }

    private static String required(byte[] text, Field field) throws IdCardDataException {
        String s = field(text, field);
        if (s.isBlank()) {
            throw new IdCardDataException("idcard.missing-field", "field " + field.name() + " is empty");
        }
        return s;
    }

    private static String optional(byte[] text, Field field) throws IdCardDataException {
        return field(text, field).strip();
    }

    private static LocalDate date(byte[] text, Field field) throws IdCardDataException {
        return parseDate(required(text, field), field);
    }

    private static LocalDate parseDate(String s, Field field) throws IdCardDataException {
        if (!s.matches("[0-9]{8}")) {
            throw new IdCardDataException("idcard.bad-date", "field " + field.name() + " is not YYYYMMDD");
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IdCardDataException("idcard.bad-date", "field " + field.name() + " is not a calendar date");
        }
    }

    private static Validity validity(byte[] text, Field fromField, Field toField) throws IdCardDataException {
        LocalDate from = date(text, fromField);
        String to = required(text, toField);
        Optional<LocalDate> until = TextBlockLayout.LONG_TERM.equals(to)
                ? Optional.empty() : Optional.of(parseDate(to, toField));
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IdCardDataException("idcard.bad-date", "validity ends before it starts");
        }
        return new Validity(from, until);
    }

    private static void requireConsistent(IdNumber idNumber, LocalDate birth, Sex sex) throws IdCardDataException {
        if (!idNumber.birthDate().equals(birth)) {
            throw new IdCardDataException("idcard.inconsistent", "birth date differs from the ID number's");
        }
        if (idNumber.sex() != sex) {
            throw new IdCardDataException("idcard.inconsistent", "sex differs from the ID number's sequence parity");
        }
    }

    private static void requireSize(byte[] text) throws IdCardDataException {
        if (text == null || text.length != TextBlockLayout.SIZE) {
            throw new IdCardDataException("idcard.text-length", "text block must be 256 bytes");
        }
    }
}
