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
 * Fills an empty database with synthetic data: the four demo residents of the team brief, then generated
 * residents, all from one seed, with dates relative to today so "near expiry" stays near. Nothing is real.
 */
public final class Seeder {

    /** The stub plays the police of this city: residents registered here have local household registration. */
    public static final String LOCAL_CITY = "北京市";
    public static final String DEFAULT_CONFIG = "{\"idleTimeoutSeconds\":60,\"languages\":[\"zh-CN\",\"zh-TW\",\"en\"],"
            + "\"services\":{\"traffic\":true,\"exitEntry\":true,\"household\":true}}";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private record Area(String code, String city, String district, String platePrefix) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("110101", "北京市", "北京市东城区", "京"), new Area("110105", "北京市", "北京市朝阳区", "京"),
            new Area("110108", "北京市", "北京市海淀区", "京"), new Area("440304", "深圳市", "广东省深圳市福田区", "粤"),
            new Area("310101", "上海市", "上海市黄浦区", "沪"), new Area("330106", "杭州市", "浙江省杭州市西湖区", "浙"),
            new Area("510107", "成都市", "四川省成都市武侯区", "川"), new Area("420106", "武汉市", "湖北省武汉市武昌区", "鄂"),
            new Area("320583", "苏州市", "江苏省张家港市", "苏"));
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "平", "建国", "晓东", "子涵", "雨桐"};
    /** Rare characters real ID cards carry: CJK Ext-A/B/C/E and others outside GB2312. */
    private static final String[] RARE = {"䶮", "𫓧", "喆", "堃", "昇", "淼", "犇", "㛃", "𬱖", "赟", "𠇔", "頔"};
    private static final String[] ROADS = {"人民路", "建设路", "解放大街", "中山路", "和平里", "长安街", "胜利路", "新华路"};
    private static final String[] LOCATIONS = {"东长安街与王府井大街路口", "建国路大望桥", "深南大道车公庙段", "人民路与北京路交叉口",
            "京藏高速K15", "三环路航天桥", "中山路口", "学院路"};
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
        String[][] kiosks = {{"KIOSK-DEMO-001", "demo-key-001", "北京市东城区 东城分局自助服务厅"},
                {"KIOSK-DEMO-002", "demo-key-002", "北京市朝阳区 朝阳分局自助服务厅"},
                {"KIOSK-DEMO-003", "demo-key-003", "北京市海淀区 中关村派出所"}};
        for (String[] k : kiosks) {
            Sql.update(c, "INSERT INTO kiosk(kiosk_id, key_hash, location, desired_config, desired_version) VALUES (?,?,?,?,1)",
                    k[0], KioskAuth.hashKey(k[1]), k[2], DEFAULT_CONFIG);
        }
    }

    private void demoResidents() throws SQLException {
        String zhang = resident("110101198503151235", "张伟", 1, "01", "1985-03-15", "北京市东城区南池子大街12号",
                "北京市公安局东城分局", "2015-06-01", "2035-06-01", "北京市", false);
        String li = resident("440304199207082467", "李娜", 2, "01", "1992-07-08", "广东省深圳市福田区福华路88号",
                "深圳市公安局福田分局", "2012-07-10", "2032-07-10", "深圳市", false);
        String wang = resident("320583196011010053", "王\uD86D\uDCE7明", 1, "03", "1960-11-01", "江苏省张家港市杨舍镇人民路5号",
                "张家港市公安局", "2010-01-01", null, "苏州市", true);
        String liu = resident("110105200802290011", "刘\u4DAE", 1, "01", "2008-02-29", "北京市朝阳区建国路1号",
                "北京市公安局朝阳分局", "2024-03-01", "2029-03-01", "北京市", false);

        // 张伟: two unpaid fines on 京A12345, one paid; licence inside its renewal window; HK/Macao permit, endorsement used up.
        vehicle("京A12345", "G4FC2B123456", zhang, "大众 朗逸", today.plusDays(200));
        violation("V-DEMO-0001", "京A12345", zhang, Offence.PARKING, today.minusDays(20), "东长安街与王府井大街路口", "UNPAID");
        violation("V-DEMO-0002", "京A12345", zhang, Offence.SPEEDING_UNDER_20, today.minusDays(9), "三环路航天桥", "UNPAID");
        violation("V-DEMO-0003", "京A12345", zhang, Offence.NO_SEATBELT, today.minusDays(300), "学院路", "PAID");
        licence("110101198503151235", zhang, "C1", today.minusYears(6).plusDays(40), today.plusDays(40), 3);
        String zhangPermit = permit(zhang, "HK_MACAO", "C12345678", today.plusYears(3));
        endorsement(zhangPermit, "HK", "INDIVIDUAL_TOURISM", 2, 0, today.minusDays(10));
        application(zhang, "HOUSEHOLD", "ID_CARD", "COLLECTED", 0, "{\"reason\":\"RENEWAL\"}");

        // 李娜: no unpaid fines; HK/Macao permit with a valid endorsement; Beijing residence permit near expiry.
        vehicle("粤B66K88", "EA888A654321", li, "丰田 卡罗拉", today.plusDays(90));
        violation("V-DEMO-0005", "粤B66K88", li, Offence.PARKING, today.minusDays(100), "深南大道车公庙段", "PAID");
        String liPermit = permit(li, "HK_MACAO", "C87654321", today.plusYears(5));
        endorsement(liPermit, "HK", "INDIVIDUAL_TOURISM", 2, 1, today.plusDays(60));
        endorsement(liPermit, "MO", "INDIVIDUAL_TOURISM", 1, 0, today.minusDays(5));
        Sql.update(c, "INSERT INTO residence_permit VALUES (?,?,?,?,?)", "RP-DEMO-0002", li, LOCAL_CITY,
                today.minusYears(1).plusDays(20), today.plusDays(20));
        application(li, "EXIT_ENTRY", "TRAVEL_PERMIT", "READY_FOR_COLLECTION", 8000, "{\"permitKind\":\"TAIWAN\"}");

        // 王𫓧明: one unpaid fine on 苏E8F123; licence expired; registered state employee.
        vehicle("苏E8F123", "LJ469Q700123", wang, "比亚迪 秦", today.minusDays(15));
        violation("V-DEMO-0004", "苏E8F123", wang, Offence.RED_LIGHT, today.minusDays(33), "人民路与北京路交叉口", "UNPAID");
        licence("320583196011010053", wang, "C1", today.minusYears(10).minusDays(30), today.minusDays(30), 0);
        permit(wang, "TAIWAN", "T01234567", today.plusYears(2));

        // 刘䶮: no fines, no licence; ID card renewal in review (a temporary ID certificate is possible).
        application(liu, "HOUSEHOLD", "ID_CARD", "IN_REVIEW", 4000, "{\"reason\":\"RENEWAL\"}");
        permit(liu, "TAIWAN", "T76543210", today.plusYears(4));

        // 王𫓧明 also lives in Beijing on a residence permit that is far from expiry.
        Sql.update(c, "INSERT INTO residence_permit VALUES (?,?,?,?,?)", "RP-DEMO-0003", wang, LOCAL_CITY,
                today.minusDays(165), today.plusDays(200));
        testPersonas();
    }

    /**
     * Two more fixed residents so that every refusal can be shown and tested without searching the
     * generated data: 赵敏 (local; licence at 12 points, inspection overdue, a counter-only violation, a
     * usable HK endorsement) and 陈静 (not local; licence far from renewal, HK permit about to expire, Taiwan
     * permit expired, no residence permit).
     */
    private void testPersonas() throws SQLException {
        String zhaoId = IdNumbers.build("110108", LocalDate.of(1990, 1, 1), 124);
        String zhao = resident(zhaoId, "赵敏", 2, "01", "1990-01-01", "北京市海淀区学院路20号", "北京市公安局海淀分局",
                "2016-01-01", "2036-01-01", "北京市", false);
        vehicle("京N5K321", "JL4G18654321", zhao, "吉利 帝豪", today.minusDays(10));
        violation("V-DEMO-0006", "京N5K321", zhao, Offence.SPEEDING_OVER_50, today.minusDays(50), "京藏高速K15", "COUNTER_ONLY");
        violation("V-DEMO-0007", "京N5K321", zhao, Offence.PARKING, today.minusDays(5), "学院路", "UNPAID");
        licence(zhaoId, zhao, "C1", today.minusYears(6).plusDays(60), today.plusDays(60), 12);
        String zhaoPermit = permit(zhao, "HK_MACAO", "C11223344", today.plusYears(4));
        endorsement(zhaoPermit, "HK", "INDIVIDUAL_TOURISM", 2, 1, today.plusDays(80));

        String chenId = IdNumbers.build("310101", LocalDate.of(1995, 5, 5), 246);
        String chen = resident(chenId, "陈静", 2, "01", "1995-05-05", "上海市黄浦区中山东一路3号", "上海市公安局黄浦分局",
                "2015-05-05", "2025-05-05", "上海市", false);
        licence(chenId, chen, "C1", today.minusYears(4), today.plusYears(2), 2);
        permit(chen, "HK_MACAO", "C55667788", today.plusDays(30));
        permit(chen, "TAIWAN", "T55667788", today.minusDays(10));
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
        String address = area.district() + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(200)) + "号";
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
        usedIds.add(id);
        String residentId = String.format("R-%06d", ++residentSeq);
        Sql.update(c, "INSERT INTO resident VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", residentId, id, name, sex, nation,
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
                "READY_FOR_COLLECTION".equals(status) ? "北京市出入境管理局 东城服务大厅 3号窗口" : null, created, created);
    }

    private String plate(String prefix) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        String plate;
        do {
            StringBuilder sb = new StringBuilder(prefix).append((char) ('A' + random.nextInt(8)));
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
