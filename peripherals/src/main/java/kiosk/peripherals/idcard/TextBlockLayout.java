package kiosk.peripherals.idcard;

/**
 * Byte layouts of the 256-byte text block (UTF-16LE, space padded), one per card type. The card
 * type marker sits at offset 248 in all three; the resident ID card keeps it inside its reserved
 * tail, where it reads as a space.
 */
public final class TextBlockLayout {

    /** One fixed-width field: offset and length in bytes. */
    public record Field(String name, int offset, int length) {
        public int end() {
            return offset + length;
        }
    }

    public static final int SIZE = 256;
    public static final Field CARD_TYPE = new Field("cardType", 248, 2);

    /** 居民身份证. */
    public static final class Resident {
        public static final Field NAME = new Field("name", 0, 30);
        public static final Field SEX = new Field("sex", 30, 2);
        public static final Field NATION = new Field("nation", 32, 4);
        public static final Field BIRTH = new Field("birthDate", 36, 16);
        public static final Field ADDRESS = new Field("address", 52, 70);
        public static final Field ID_NUMBER = new Field("idNumber", 122, 36);
        public static final Field AUTHORITY = new Field("issuingAuthority", 158, 30);
        public static final Field VALID_FROM = new Field("validFrom", 188, 16);
        public static final Field VALID_TO = new Field("validTo", 204, 16);

        private Resident() {
        }
    }

    /** 外国人永久居留身份证 ('I'). */
    public static final class Foreign {
        public static final Field ENGLISH_NAME = new Field("englishName", 0, 120);
        public static final Field SEX = new Field("sex", 120, 2);
        public static final Field CARD_NUMBER = new Field("cardNumber", 122, 30);
        public static final Field NATIONALITY = new Field("nationality", 152, 6);
        public static final Field CHINESE_NAME = new Field("chineseName", 158, 30);
        public static final Field VALID_FROM = new Field("validFrom", 188, 16);
        public static final Field VALID_TO = new Field("validTo", 204, 16);
        public static final Field BIRTH = new Field("birthDate", 220, 16);
        public static final Field VERSION = new Field("cardVersion", 236, 4);
        public static final Field AUTHORITY_CODE = new Field("authorityCode", 240, 8);

        private Foreign() {
        }
    }

    /** 港澳台居民居住证 ('J'): the resident layout without nation, plus permit number and issue count. */
    public static final class Hmt {
        public static final Field NAME = Resident.NAME;
        public static final Field SEX = Resident.SEX;
        public static final Field BIRTH = Resident.BIRTH;
        public static final Field ADDRESS = Resident.ADDRESS;
        public static final Field ID_NUMBER = Resident.ID_NUMBER;
        public static final Field AUTHORITY = Resident.AUTHORITY;
        public static final Field VALID_FROM = Resident.VALID_FROM;
        public static final Field VALID_TO = Resident.VALID_TO;
        public static final Field PASS_NUMBER = new Field("passNumber", 220, 18);
        public static final Field ISSUE_COUNT = new Field("issueCount", 238, 4);

        private Hmt() {
        }
    }

    /** The text "长期" in a valid-to field: the card does not expire. */
    public static final String LONG_TERM = "长期";

    private TextBlockLayout() {
    }
}
