package kiosk.peripherals.idcard;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Ethnic groups as coded by GB 3304-1991: the 56 groups 01..56 plus 97 and 98. */
public enum Nation {
    HAN("01", "汉"), MONGOL("02", "蒙古"), HUI("03", "回"), TIBETAN("04", "藏"), UYGHUR("05", "维吾尔"),
    MIAO("06", "苗"), YI("07", "彝"), ZHUANG("08", "壮"), BUYEI("09", "布依"), KOREAN("10", "朝鲜"),
    MANCHU("11", "满"), DONG("12", "侗"), YAO("13", "瑶"), BAI("14", "白"), TUJIA("15", "土家"),
    HANI("16", "哈尼"), KAZAK("17", "哈萨克"), DAI("18", "傣"), LI("19", "黎"), LISU("20", "傈僳"),
    VA("21", "佤"), SHE("22", "畲"), GAOSHAN("23", "高山"), LAHU("24", "拉祜"), SUI("25", "水"),
    DONGXIANG("26", "东乡"), NAXI("27", "纳西"), JINGPO("28", "景颇"), KIRGIZ("29", "柯尔克孜"), TU("30", "土"),
    DAUR("31", "达斡尔"), MULAO("32", "仫佬"), QIANG("33", "羌"), BLANG("34", "布朗"), SALAR("35", "撒拉"),
    MAONAN("36", "毛南"), GELAO("37", "仡佬"), XIBE("38", "锡伯"), ACHANG("39", "阿昌"), PUMI("40", "普米"),
    TAJIK("41", "塔吉克"), NU("42", "怒"), UZBEK("43", "乌孜别克"), RUSSIAN("44", "俄罗斯"), EWENKI("45", "鄂温克"),
    DEANG("46", "德昂"), BONAN("47", "保安"), YUGUR("48", "裕固"), GIN("49", "京"), TATAR("50", "塔塔尔"),
    DERUNG("51", "独龙"), OROQEN("52", "鄂伦春"), HEZHEN("53", "赫哲"), MONBA("54", "门巴"), LHOBA("55", "珞巴"),
    JINO("56", "基诺"),
    OTHER("97", "其他"),
    FOREIGN_ORIGIN("98", "外国血统中国籍人士");

    private static final Map<String, Nation> BY_CODE =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(Nation::code, Function.identity()));

    private final String code;
    private final String chineseName;

    Nation(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** The two-digit GB 3304 code, as stored on the card. */
    public String code() {
        return code;
    }

    /** The name as printed on the card, without the trailing 族. */
    public String chineseName() {
        return chineseName;
    }

    public static Nation ofCode(String code) throws IdCardDataException {
        Nation nation = BY_CODE.get(code);
        if (nation == null) {
            throw new IdCardDataException("idcard.bad-nation", "nation code is not in GB 3304");
        }
        return nation;
    }
}
