package kiosk.stub.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kiosk.stub.db.Sql;
import kiosk.stub.http.KioskAuth;

/**
 * Fills an empty database with synthetic data for Shaoxing, Zhejiang: the demo residents of the team brief
 * (Zhejiang ID numbers, 浙 plates), a foreign permanent resident and a Hong Kong resident, then generated
 * residents, all from one seed, with dates relative to today so "near expiry" stays near. Nothing is real.
 */
public final class Seeder {

    /** The stub plays the police of this city: residents registered here have local household registration. */
    public static final String LOCAL_CITY = "绍兴市";
    /** Changes whenever the seeded world changes, so a file database from an older seed is rebuilt. */
    public static final String VERSION = "shaoxing-2";
    public static final String DEFAULT_CONFIG = "{\"idleTimeoutSeconds\":60,\"languages\":[\"zh-CN\",\"zh-TW\",\"en\"],"
            + "\"heartbeatSeconds\":30,\"services\":{\"traffic\":true,\"exitEntry\":true,\"household\":true}}";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private record Area(String code, String city, String district, String platePrefix) {
    }

    /** Shaoxing's districts and counties weigh most; the floating population comes from Zhejiang and beyond. */
    private static final List<Area> AREAS = List.of(
            new Area("330602", "绍兴市", "浙江省绍兴市越城区", "浙D"), new Area("330602", "绍兴市", "浙江省绍兴市越城区", "浙D"),
            new Area("330603", "绍兴市", "浙江省绍兴市柯桥区", "浙D"), new Area("330603", "绍兴市", "浙江省绍兴市柯桥区", "浙D"),
            new Area("330604", "绍兴市", "浙江省绍兴市上虞区", "浙D"), new Area("330681", "绍兴市", "浙江省诸暨市", "浙D"),
            new Area("330683", "绍兴市", "浙江省嵊州市", "浙D"), new Area("330624", "绍兴市", "浙江省新昌县", "浙D"),
            new Area("330106", "杭州市", "浙江省杭州市西湖区", "浙A"), new Area("330203", "宁波市", "浙江省宁波市海曙区", "浙B"),
            new Area("330302", "温州市", "浙江省温州市鹿城区", "浙C"), new Area("341302", "宿州市", "安徽省宿州市埇桥区", "皖L"),
            new Area("361002", "抚州市", "江西省抚州市临川区", "赣F"), new Area("411302", "南阳市", "河南省南阳市宛城区", "豫R"));
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "平", "建国", "晓东", "子涵", "雨桐"};
    /** Rare characters real ID cards carry: CJK Ext-A/B/C/E and others outside GB2312. */
    private static final String[] RARE = {"䶮", "𫓧", "喆", "堃", "昇", "淼", "犇", "㛃", "𬱖", "赟", "𠇔", "頔"};
    private static final String[] SHAOXING_ROADS = {"解放北路", "中兴中路", "人民中路", "胜利西路", "环城北路", "越东路",
            "群贤路", "笛扬路", "鉴湖路", "城南大道"};
    private static final String[] ROADS = {"人民路", "建设路", "解放路", "中山路", "和平路", "胜利路", "新华路"};
    private static final String[] LOCATIONS = {"解放北路与胜利西路交叉口", "中兴中路与人民中路交叉口", "二环北路越东路口",
            "越东路与凤林西路交叉口", "群贤路与柯桥大道交叉口", "人民中路鲁迅故里段", "杭甬高速绍兴段K148", "329国道柯桥段"};
    private static final String[] MODELS = {"大众 朗逸", "丰田 卡罗拉", "比亚迪 秦", "本田 雅阁", "吉利 帝豪", "特斯拉 Model 3"};
    private static final String[] APP_STATUSES = {"AWAITING_PAYMENT", "SUBMITTED", "IN_REVIEW", "APPROVED", "REJECTED",
            "READY_FOR_COLLECTION", "COLLECTED", "CANCELLED"};
    private static final String[][] APP_TYPES = {{"HOUSEHOLD", "ID_CARD"}, {"HOUSEHOLD", "RESIDENCE_PERMIT"},
            {"HOUSEHOLD", "HOUSEHOLD_CERTIFICATE"}, {"TRAFFIC", "LICENCE_RENEWAL"}, {"TRAFFIC", "INSPECTION_MARK"},
            {"EXIT_ENTRY", "TRAVEL_PERMIT"}, {"EXIT_ENTRY", "ENDORSEMENT"}};

    private final Connection c;
    private final Random random;
    private final LocalDate today;
    private final Instant now;
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedPlates = new HashSet<>();
    private int residentSeq;
    private int violationSeq;
    private int permitSeq;
    private int endorsementSeq;
    private int applicationSeq;

    private Seeder(Connection c, long seed, Instant now) {
        this.c = c;
        this.random = new Random(seed);
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    /** False when the database holds residents of an older seed (a file database from before the Shaoxing seed). */
    public static boolean isCurrent(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM resident") == 0
                || Sql.count(c, "SELECT COUNT(*) FROM seed_info WHERE version = ?", VERSION) > 0;
    }

    /** Seeds an empty database; does nothing when residents exist already (a file database restarted). */
    public static void seed(Connection c, long seed, Instant now, int generatedResidents) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM resident") > 0) {
            return;
        }
        Seeder s = new Seeder(c, seed, now);
        s.kiosks();
        s.demoResidents();
        for (int i = 0; i < generatedResidents; i++) {
            s.generatedResident(i);
        }
    }

    private void kiosks() throws SQLException {
        Sql.update(c, "INSERT INTO seed_info VALUES (?)", VERSION);
        // A station is one service hall: a resident may reprint a receipt at any kiosk of it (004 stands beside 001).
        Stations.Station[] stations = {Stations.YUECHENG, Stations.KEQIAO, Stations.FENGQIAO, Stations.YUECHENG};
        for (int i = 0; i < stations.length; i++) {
            String id = String.format("KIOSK-DEMO-%03d", i + 1);
            Sql.update(c, "INSERT INTO kiosk(kiosk_id, station_id, key_hash, location, desired_config, desired_version)"
                            + " VALUES (?,?,?,?,?,1)", id, stations[i].stationId(), KioskAuth.hashKey(String.format("demo-key-%03d", i + 1)),
                    stations[i].name().zhCn(), DEFAULT_CONFIG);
        }
    }

    /** The demo residents' ID numbers (GB 11643, Zhejiang area codes); SampleCards in peripherals carries the same. */
    public static final String ZHANG_WEI_ID = IdNumbers.build("330602", LocalDate.of(1985, 3, 15), 125);
    public static final String LI_NA_ID = IdNumbers.build("330106", LocalDate.of(1992, 7, 8), 246);
    public static final String WANG_MING_ID = IdNumbers.build("330282", LocalDate.of(1960, 11, 1), 5);
    public static final String LIU_YAN_ID = IdNumbers.build("330603", LocalDate.of(2008, 2, 29), 1);
    public static final String ZHAO_MIN_ID = IdNumbers.build("330681", LocalDate.of(1990, 1, 1), 124);
    public static final String CHEN_JING_ID = IdNumbers.build("330381", LocalDate.of(1995, 5, 5), 246);
    /** Old-format (15 characters) foreign permanent residence card number: nationality, province 33, birth, sequence. */
    public static final String FOREIGN_CARD_NUMBER = "DEU336408120012";
    /** Hong Kong resident's residence permit number (area code 810000). */
    public static final String HMT_PERMIT_ID = IdNumbers.build("810000", LocalDate.of(1988, 6, 12), 37);

    private void demoResidents() throws SQLException {
        String zhang = resident(ZHANG_WEI_ID, "张伟", 1, "01", "1985-03-15", "浙江省绍兴市越城区解放北路288号",
                "绍兴市公安局越城区分局", "2015-06-01", "2035-06-01", "绍兴市", false);
        String li = resident(LI_NA_ID, "李娜", 2, "01", "1992-07-08", "浙江省杭州市西湖区文三路90号",
                "杭州市公安局西湖区分局", "2012-07-10", "2032-07-10", "杭州市", false);
        String wang = resident(WANG_MING_ID, "王\uD86D\uDCE7明", 1, "03", "1960-11-01", "浙江省慈溪市浒山街道孙塘北路5号",
                "慈溪市公安局", "2010-01-01", null, "宁波市", true);
        String liu = resident(LIU_YAN_ID, "刘\u4DAE", 1, "01", "2008-02-29", "浙江省绍兴市柯桥区笛扬路1号",
                "绍兴市公安局柯桥区分局", "2024-03-01", "2029-03-01", "绍兴市", false);

        // 张伟: two unpaid fines on 浙D12345, one paid; licence inside its renewal window; HK/Macao permit, endorsement used up.
        vehicle("浙D12345", "G4FC2B123456", zhang, "大众 朗逸", today.plusDays(200));
        violation("V-DEMO-0001", "浙D12345", zhang, Offence.PARKING, today.minusDays(20), "解放北路与胜利西路交叉口", "UNPAID");
        violation("V-DEMO-0002", "浙D12345", zhang, Offence.SPEEDING_UNDER_20, today.minusDays(9), "二环北路（越东路至解放北路段）", "UNPAID");
        violation("V-DEMO-0003", "浙D12345", zhang, Offence.NO_SEATBELT, today.minusDays(300), "中兴中路", "PAID");
        licence(ZHANG_WEI_ID, zhang, "C1", today.minusYears(6).plusDays(40), today.plusDays(40), 3);
        healthCheck("TJ-SX-000125", zhang, "SXRMYY", today.minusDays(20));
        String zhangPermit = permit(zhang, "HK_MACAO", "C12345678", today.plusYears(3));
        endorsement(zhangPermit, "HK", "INDIVIDUAL_TOURISM", 2, 0, today.minusDays(10));
        application(zhang, "HOUSEHOLD", "ID_CARD", "COLLECTED", 0, "{\"reason\":\"RENEWAL\"}");

        // 李娜: no unpaid fines; HK/Macao permit with a valid endorsement; Shaoxing residence permit near expiry.
        vehicle("浙A66K88", "EA888A654321", li, "丰田 卡罗拉", today.plusDays(90));
        violation("V-DEMO-0005", "浙A66K88", li, Offence.PARKING, today.minusDays(100), "群贤路与柯桥大道交叉口", "PAID");
        String liPermit = permit(li, "HK_MACAO", "C87654321", today.plusYears(5));
        endorsement(liPermit, "HK", "INDIVIDUAL_TOURISM", 2, 1, today.plusDays(60));
        endorsement(liPermit, "MO", "INDIVIDUAL_TOURISM", 1, 0, today.minusDays(5));
        Sql.update(c, "INSERT INTO residence_permit VALUES (?,?,?,?,?)", "RP-DEMO-0002", li, LOCAL_CITY,
                today.minusYears(1).plusDays(20), today.plusDays(20));
        application(li, "EXIT_ENTRY", "TRAVEL_PERMIT", "READY_FOR_COLLECTION", 8000, "{\"permitKind\":\"TAIWAN\"}");

        // 王𫓧明: one unpaid fine on 浙B8F123; licence expired; registered state employee.
        vehicle("浙B8F123", "LJ469Q700123", wang, "比亚迪 秦", today.minusDays(15));
        violation("V-DEMO-0004", "浙B8F123", wang, Offence.RED_LIGHT, today.minusDays(33), "人民中路与中兴中路交叉口", "UNPAID");
        licence(WANG_MING_ID, wang, "C1", today.minusYears(10).minusDays(30), today.minusDays(30), 0);
        permit(wang, "TAIWAN", "T01234567", today.plusYears(2));

        // 刘䶮: no fines, no licence; ID card renewal in review (a temporary ID certificate is possible).
        application(liu, "HOUSEHOLD", "ID_CARD", "IN_REVIEW", 4000, "{\"reason\":\"RENEWAL\"}");
        permit(liu, "TAIWAN", "T76543210", today.plusYears(4));

        // 王𫓧明 also lives in Shaoxing on a residence permit that is far from expiry.
        Sql.update(c, "INSERT INTO residence_permit VALUES (?,?,?,?,?)", "RP-DEMO-0003", wang, LOCAL_CITY,
                today.minusDays(165), today.plusDays(200));
        testPersonas();
        otherDocuments();
    }

    /**
     * Two more fixed residents so that every refusal can be shown and tested without searching the
     * generated data: 赵敏 (local, Zhuji; licence at 12 points, inspection overdue, a counter-only violation, a
     * usable HK endorsement) and 陈静 (not local, Wenzhou; licence far from renewal, HK permit about to expire,
     * Taiwan permit expired, no residence permit).
     */
    private void testPersonas() throws SQLException {
        String zhao = resident(ZHAO_MIN_ID, "赵敏", 2, "01", "1990-01-01", "浙江省诸暨市暨阳街道浣纱南路20号", "诸暨市公安局",
                "2016-01-01", "2036-01-01", "绍兴市", false);
        vehicle("浙D5K321", "JL4G18654321", zhao, "吉利 帝豪", today.minusDays(10));
        violation("V-DEMO-0006", "浙D5K321", zhao, Offence.SPEEDING_OVER_50, today.minusDays(50), "杭甬高速绍兴段K148", "COUNTER_ONLY");
        violation("V-DEMO-0007", "浙D5K321", zhao, Offence.PARKING, today.minusDays(5), "越东路与凤林西路交叉口", "UNPAID");
        licence(ZHAO_MIN_ID, zhao, "C1", today.minusYears(6).plusDays(60), today.plusDays(60), 12);
        healthCheck("TJ-SX-001245", zhao, "ZJRMYY", today.minusDays(200));
        String zhaoPermit = permit(zhao, "HK_MACAO", "C11223344", today.plusYears(4));
        endorsement(zhaoPermit, "HK", "INDIVIDUAL_TOURISM", 2, 1, today.plusDays(80));

        String chen = resident(CHEN_JING_ID, "陈静", 2, "01", "1995-05-05", "浙江省瑞安市安阳街道万松路3号", "瑞安市公安局",
                "2015-05-05", "2025-05-05", "温州市", false);
        licence(CHEN_JING_ID, chen, "C1", today.minusYears(4), today.plusYears(2), 2);
        permit(chen, "HK_MACAO", "C55667788", today.plusDays(30));
        permit(chen, "TAIWAN", "T55667788", today.minusDays(10));
    }

    /**
     * Residents identified by other documents: ERIKA MUSTERMANN (穆斯特曼) with a foreigner's permanent residence
     * card, living in Keqiao, owning a car with a valid inspection; 陈家豪, a Hong Kong resident with a residence
     * permit for Hong Kong, Macao and Taiwan residents and a mainland driving licence due for renewal. Neither has
     * household registration; services for resident ID card holders refuse them (DOCUMENT_NOT_ACCEPTED).
     */
    private void otherDocuments() throws SQLException {
        String erika = resident(FOREIGN_CARD_NUMBER, "FOREIGN_PERMANENT", "穆斯特曼", "MUSTERMANN, ERIKA", 2, null,
                "1964-08-12", "浙江省绍兴市柯桥区鉴湖路66号", "公安部", "2018-05-01", "2028-05-01", "", false);
        vehicle("浙D9E601", "BMW20E601601", erika, "宝马 3系", today.plusDays(300));
        String chan = resident(HMT_PERMIT_ID, "HMT_RESIDENCE", "陈家豪", null, 1, null, "1988-06-12",
                "浙江省绍兴市越城区人民中路168号", "绍兴市公安局越城区分局", "2022-09-01", "2027-09-01", "香港特别行政区", false);
        licence(HMT_PERMIT_ID, chan, "C1", today.minusYears(6).plusDays(25), today.plusDays(25), 0);
        healthCheck("TJ-SX-000376", chan, "SXZXYY", today.minusDays(10));
        healthCheck("TJ-SX-000375", chan, "SXZXYY", today.minusDays(250));
    }

    private void generatedResident(int index) throws SQLException {
        Area area = AREAS.get(random.nextInt(AREAS.size()));
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 56));
        boolean male = random.nextBoolean();
        String id;
        do {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            id = IdNumbers.build(area.code(), birth, sequence);
        } while (usedIds.contains(id));
        String name = SURNAMES[random.nextInt(SURNAMES.length)]
                + (index % 10 == 3 ? RARE[random.nextInt(RARE.length)] : GIVEN[random.nextInt(GIVEN.length)])
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        LocalDate issued = birth.plusYears(16).isAfter(today) ? today.minusYears(1) : birth.plusYears(16 + random.nextInt(10));
        String[] roads = area.city().equals(LOCAL_CITY) ? SHAOXING_ROADS : ROADS;
        String address = area.district() + roads[random.nextInt(roads.length)] + (1 + random.nextInt(200)) + "号";
        String residentId = resident(id, name, male ? 1 : 2, random.nextInt(10) == 0 ? "0" + (2 + random.nextInt(8)) : "01",
                birth.toString(), address, area.city() + "公安局", issued.toString(), issued.plusYears(20).toString(),
                area.city(), random.nextInt(20) == 0);
        boolean adult = birth.plusYears(18).isBefore(today);

        if (adult && random.nextInt(10) < 4) {
            String plate = plate(area.platePrefix());
            String engine = engineNumber();
            vehicle(plate, engine, residentId, MODELS[random.nextInt(MODELS.length)], today.plusDays(random.nextInt(700) - 100));
            int violations = random.nextInt(4);
            for (int v = 0; v < violations; v++) {
                Offence offence = Offence.values()[random.nextInt(Offence.values().length)];
                String status = offence == Offence.SPEEDING_OVER_50 ? "COUNTER_ONLY" : random.nextBoolean() ? "UNPAID" : "PAID";
                violation(String.format("V-%08d", ++violationSeq), plate, residentId, offence,
                        today.minusDays(1 + random.nextInt(400)), LOCATIONS[random.nextInt(LOCATIONS.length)], status);
            }
        }
        if (adult && random.nextInt(10) < 6) {
            // Spread expiry from a year ago to six years ahead, with extra weight inside the 90-day window.
            LocalDate until = random.nextInt(3) == 0 ? today.plusDays(random.nextInt(120) - 20)
                    : today.plusDays(random.nextInt(365 * 7) - 365);
            licence(id, residentId, random.nextInt(5) == 0 ? "B2" : "C1", until.minusYears(6), until,
                    random.nextInt(8) == 0 ? 12 : random.nextInt(10));
            if (!until.isBefore(today) && until.isBefore(today.plusDays(90)) && random.nextBoolean()) {
                healthCheck(String.format("TJ-G-%06d", index), residentId, Hospitals.ALL.get(random.nextInt(Hospitals.ALL.size())).code(),
                        today.minusDays(random.nextInt(240)));
            }
        }
        if (random.nextBoolean()) {
            boolean hk = random.nextInt(5) > 0;
            String permitId = permit(residentId, hk ? "HK_MACAO" : "TAIWAN", (hk ? "C" : "T") + String.format("%08d", random.nextInt(100_000_000)),
                    today.plusDays(random.nextInt(365 * 10) - 200));
            if (random.nextBoolean()) {
                String destination = hk ? (random.nextBoolean() ? "HK" : "MO") : "TW";
                int trips = random.nextBoolean() ? 1 : 2;
                endorsement(permitId, destination, random.nextBoolean() ? "INDIVIDUAL_TOURISM" : "GROUP_TOURISM",
                        trips, random.nextInt(trips + 1), today.plusDays(random.nextInt(400) - 200));
            }
        }
        if (!area.city().equals(LOCAL_CITY) && random.nextBoolean()) {
            LocalDate until = today.plusDays(random.nextInt(500) - 100);
            Sql.update(c, "INSERT INTO residence_permit VALUES (?,?,?,?,?)", String.format("RP-%08d", index), residentId,
                    LOCAL_CITY, until.minusYears(1), until);
        }
        // Every application type in every state, spread over the generated residents.
        if (index < APP_STATUSES.length * APP_TYPES.length) {
            String[] type = APP_TYPES[index % APP_TYPES.length];
            String status = APP_STATUSES[(index / APP_TYPES.length) % APP_STATUSES.length];
            application(residentId, type[0], type[1], status, "ID_CARD".equals(type[1]) ? 4000 : 0, "{}");
        }
    }

    private String resident(String id, String name, int sex, String nation, String birth, String address, String issuer,
                            String validFrom, String validUntil, String hukouCity, boolean stateEmployee) throws SQLException {
        return resident(id, "RESIDENT_ID", name, null, sex, nation, birth, address, issuer, validFrom, validUntil, hukouCity,
                stateEmployee);
    }

    private String resident(String id, String documentType, String name, String nameLatin, int sex, String nation, String birth,
                            String address, String issuer, String validFrom, String validUntil, String hukouCity,
                            boolean stateEmployee) throws SQLException {
        usedIds.add(id);
        String residentId = String.format("R-%06d", ++residentSeq);
        Sql.update(c, "INSERT INTO resident(resident_id, id_number, document_type, name, name_latin, sex, nation, birth_date,"
                        + " address, issuer, id_valid_from, id_valid_until, hukou_city, hukou_local, state_employee, phone_masked)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", residentId, id, documentType, name, nameLatin, sex, nation,
                LocalDate.parse(birth), address, issuer, LocalDate.parse(validFrom),
                validUntil == null ? null : LocalDate.parse(validUntil), hukouCity, LOCAL_CITY.equals(hukouCity),
                stateEmployee, "1" + (30 + random.nextInt(60)) + "****" + String.format("%04d", random.nextInt(10000)));
        return residentId;
    }

    private void vehicle(String plate, String engine, String owner, String model, LocalDate inspectionUntil) throws SQLException {
        usedPlates.add(plate);
        Sql.update(c, "INSERT INTO vehicle VALUES (?,?,?,?,?,?)", plate, engine, owner, model,
                inspectionUntil.minusYears(3), inspectionUntil);
    }

    private void violation(String id, String plate, String driver, Offence offence, LocalDate day, String location, String status)
            throws SQLException {
        Instant at = day.atTime(7 + random.nextInt(14), random.nextInt(60)).atZone(ZONE).toInstant();
        Sql.update(c, "INSERT INTO violation(violation_id, plate, driver_id, occurred_at, location, offence, fine_cents, points, status)"
                + " VALUES (?,?,?,?,?,?,?,?,?)", id, plate, driver, at, location, offence.name(), offence.fineCents(),
                offence.points(), status);
    }

    private void licence(String number, String residentId, String licenceClass, LocalDate from, LocalDate until, int points)
            throws SQLException {
        Sql.update(c, "INSERT INTO licence VALUES (?,?,?,?,?,?,?)", number, residentId, licenceClass, from, until, points,
                until.isBefore(today) ? "EXPIRED" : "VALID");
    }

    private void healthCheck(String ref, String residentId, String hospital, LocalDate checkedOn) throws SQLException {
        Sql.update(c, "INSERT INTO health_check VALUES (?,?,?,?)", ref, residentId, hospital, checkedOn);
    }

    private String permit(String residentId, String kind, String number, LocalDate until) throws SQLException {
        String permitId = String.format("P-%06d", ++permitSeq);
        Sql.update(c, "INSERT INTO travel_permit VALUES (?,?,?,?,?)", permitId, residentId, kind, number, until);
        return permitId;
    }

    private void endorsement(String permitId, String destination, String type, int trips, int remaining, LocalDate until)
            throws SQLException {
        Sql.update(c, "INSERT INTO endorsement VALUES (?,?,?,?,?,?,?)", String.format("E-%06d", ++endorsementSeq), permitId,
                destination, type, trips, remaining, until);
    }

    private void application(String residentId, String domain, String type, String status, long feeCents, String details)
            throws SQLException {
        Instant created = now.minusSeconds(86_400L * (1 + random.nextInt(60)));
        Sql.update(c, "INSERT INTO application(application_id, resident_id, domain, app_type, status, fee_cents, details,"
                        + " collection_point, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                String.format("A-%06d", ++applicationSeq), residentId, domain, type, status, feeCents, details,
                "READY_FOR_COLLECTION".equals(status) ? Stations.collectionPoint(domain).zhCn() : null, created, created);
    }

    private String plate(String prefix) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        String plate;
        do {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 5; i++) {
                sb.append(letters.charAt(random.nextInt(letters.length())));
            }
            plate = sb.toString();
        } while (usedPlates.contains(plate));
        return plate;
    }

    private String engineNumber() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + random.nextInt(26)));
        }
        for (int i = 0; i < 6; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }
}
