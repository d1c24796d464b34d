package kiosk.stub.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The police stations of Shaoxing the stub serves: 24-hour self-service zones (Chengnan in Yuecheng, the
 * Keqiao "越警管家" zone, the Fengqiao station of "最多跑一次") with their staffed counters per domain and hours,
 * and where finished documents are collected. Synthetic addresses and numbers; names in every kiosk language
 * (English with pinyin).
 */
public final class Stations {

    /** A text in the three kiosk languages. */
    public record Text(String zhCn, String zhTw, String en) {
        public Map<String, String> map() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("zh-CN", zhCn);
            m.put("zh-TW", zhTw);
            m.put("en", en);
            return m;
        }
    }

    /** A staffed counter of one domain. */
    public record Counter(String domain, Text name, Text hours) {
    }

    /** A station with its self-service zone and counters. */
    public record Station(String stationId, Text name, String address, String hotline, Text selfServiceHours,
                          List<Counter> counters) {
        public Optional<Counter> counter(String domain) {
            return counters.stream().filter(c -> c.domain().equals(domain)).findFirst();
        }
    }

    private static final Text ALWAYS = new Text("24小时开放", "24小時開放", "Open 24 hours");
    private static final Text WEEKDAYS = new Text("周一至周五 8:30-12:00、14:00-17:30", "週一至週五 8:30-12:00、14:00-17:30",
            "Mon-Fri 8:30-12:00 and 14:00-17:30");
    private static final Text WEEKDAYS_AND_SATURDAY = new Text("周一至周五 8:30-12:00、14:00-17:30；周六 9:00-12:00",
            "週一至週五 8:30-12:00、14:00-17:30；週六 9:00-12:00", "Mon-Fri 8:30-12:00 and 14:00-17:30; Sat 9:00-12:00");

    /** KIOSK-DEMO-001's station: the same names and hours as kiosk-config's demo.yaml station section. */
    public static final Station YUECHENG = new Station("ST-SX-YC",
            new Text("绍兴市公安局越城分局 城南派出所 24小时自助服务区", "紹興市公安局越城分局 城南派出所 24小時自助服務區",
                    "Chengnan Police Station 24-hour self-service area, Yuecheng, Shaoxing"),
            "浙江省绍兴市越城区城南大道1号", "0575-8511 0110", ALWAYS, List.of(
            new Counter("HOUSEHOLD", new Text("户政窗口（一楼 3 号）", "戶政櫃檯（一樓 3 號）", "Household registration counter (ground floor, no. 3)"),
                    new Text("周一至周五 8:30–12:00、14:00–17:30；周六 9:00–12:00", "週一至週五 8:30–12:00、14:00–17:30；週六 9:00–12:00",
                            "Mon–Fri 8:30–12:00 and 14:00–17:30; Sat 9:00–12:00")),
            new Counter("TRAFFIC", new Text("车驾管窗口（一楼 5 号）", "車駕管櫃檯（一樓 5 號）", "Vehicles and drivers counter (ground floor, no. 5)"),
                    new Text("周一至周五 8:30–12:00、14:00–17:30", "週一至週五 8:30–12:00、14:00–17:30", "Mon–Fri 8:30–12:00 and 14:00–17:30")),
            new Counter("EXIT_ENTRY", new Text("出入境窗口（二楼 8 号）", "出入境櫃檯（二樓 8 號）", "Exit-entry (Immigration) counter (first floor, no. 8)"),
                    new Text("周一至周六 9:00–17:00", "週一至週六 9:00–17:00", "Mon–Sat 9:00–17:00"))));
    public static final Station KEQIAO = new Station("ST-SX-KQ",
            new Text("柯桥区群贤路“越警管家”24小时自助服务区", "柯橋區群賢路「越警管家」24小時自助服務區",
                    "Keqiao Qunxian Road \"Yuejing Guanjia\" 24-hour self-service zone"),
            "浙江省绍兴市柯桥区群贤路2001号", "0575-84110110", ALWAYS, List.of(
            new Counter("HOUSEHOLD", new Text("柯桥区分局户政窗口", "柯橋區分局戶政櫃檯", "Keqiao household registration counter"),
                    WEEKDAYS),
            new Counter("TRAFFIC", new Text("柯桥交警大队车驾管窗口", "柯橋交警大隊車駕管櫃檯", "Keqiao traffic police vehicles and drivers counter"),
                    WEEKDAYS),
            new Counter("EXIT_ENTRY", new Text("柯桥出入境办证窗口", "柯橋出入境辦證櫃檯", "Keqiao exit-entry (Immigration) counter"),
                    WEEKDAYS_AND_SATURDAY)));
    public static final Station FENGQIAO = new Station("ST-ZJ-FQ",
            new Text("诸暨市公安局枫桥派出所 24小时自助服务区", "諸暨市公安局楓橋派出所 24小時自助服務區",
                    "Fengqiao Police Station (Zhuji) 24-hour self-service zone"),
            "浙江省诸暨市枫桥镇枫源路8号", "0575-87110110", ALWAYS, List.of(
            new Counter("HOUSEHOLD", new Text("枫桥派出所户籍窗口", "楓橋派出所戶籍櫃檯", "Fengqiao household registration counter"),
                    WEEKDAYS_AND_SATURDAY),
            new Counter("TRAFFIC", new Text("诸暨交警枫桥中队窗口", "諸暨交警楓橋中隊櫃檯", "Zhuji traffic police, Fengqiao squad counter"),
                    WEEKDAYS),
            new Counter("EXIT_ENTRY", new Text("诸暨市出入境办证大厅（暨阳路）", "諸暨市出入境辦證大廳（暨陽路）",
                    "Zhuji exit-entry (Immigration) hall, Jiyang Road"), WEEKDAYS)));
    public static final List<Station> ALL = List.of(YUECHENG, KEQIAO, FENGQIAO);

    /** Where finished documents of each domain are collected (the first station's counters). */
    private static final Map<String, Text> COLLECTION_POINTS = Map.of(
            "EXIT_ENTRY", new Text("绍兴市公安局出入境管理局 越城办证大厅 3号窗口", "紹興市公安局出入境管理局 越城辦證大廳 3號櫃檯",
                    "Shaoxing Exit-Entry (Immigration) Bureau, Yuecheng hall, counter 3"),
            "HOUSEHOLD", new Text("越城分局城南派出所 户政窗口（一楼 3 号）", "越城分局城南派出所 戶政櫃檯（一樓 3 號）",
                    "Chengnan Police Station, household registration counter (ground floor, no. 3)"),
            "TRAFFIC", new Text("绍兴市公安局交警支队车辆管理所 越城服务站", "紹興市公安局交警支隊車輛管理所 越城服務站",
                    "Shaoxing Vehicle Administration Office, Yuecheng service point"));

    private Stations() {
    }

    public static Optional<Station> find(String stationId) {
        return ALL.stream().filter(s -> s.stationId().equals(stationId)).findFirst();
    }

    public static Text collectionPoint(String domain) {
        return COLLECTION_POINTS.get(domain);
    }

    /** The localized name of a collection point stored by its zh-CN name. */
    public static Optional<Text> collectionPointNamed(String zhCn) {
        return COLLECTION_POINTS.values().stream().filter(t -> t.zhCn().equals(zhCn)).findFirst();
    }
}
