package kiosk.stub.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kiosk.stub.db.Database;
import kiosk.stub.db.Sql;
import org.junit.jupiter.api.Test;

/** The seed: deterministic, valid GB 11643 numbers, rare characters, and the variety the business rules need. */
class SeedTest {

    static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    static List<String> residents(long seed) {
        try (Database db = Database.open("mem")) {
            db.inTransaction(c -> {
                Seeder.seed(c, seed, NOW, 120);
                return null;
            });
            return db.inTransaction(c -> Sql.list(c, "SELECT resident_id || ' ' || id_number || ' ' || name FROM resident ORDER BY resident_id",
                    rs -> rs.getString(1)));
        }
    }

    @Test
    void checkCharactersFollowIso7064() {
        assertThat(IdNumbers.isValid("330602198503151256")).isTrue();
        assertThat(IdNumbers.isValid("330106199207082463")).isTrue();
        assertThat(IdNumbers.isValid("330282196011010052")).isTrue();
        assertThat(IdNumbers.isValid("330603200802290017")).isTrue();
        assertThat(IdNumbers.isValid("330602198503151257")).isFalse();
        assertThat(IdNumbers.isValid("110101198502301235")).as("30 February").isFalse();
        assertThat(IdNumbers.isValid("11010119850315123")).isFalse();
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.mask("330602198503151256")).isEqualTo("330***********1256");
        assertThat(IdNumbers.build("330602", LocalDate.of(1985, 3, 15), 125)).isEqualTo("330602198503151256");
    }

    @Test
    void demoResidentsLiveInShaoxingWithZhejiangNumbersAndPlates() {
        assertThat(List.of(Seeder.ZHANG_WEI_ID, Seeder.LI_NA_ID, Seeder.WANG_MING_ID, Seeder.LIU_YAN_ID, Seeder.ZHAO_MIN_ID,
                Seeder.CHEN_JING_ID)).containsExactly("330602198503151256", "330106199207082463", "330282196011010052",
                "330603200802290017", "330681199001011245", "330381199505052466");
        assertThat(Seeder.HMT_PERMIT_ID).isEqualTo("810000198806120376");
        try (Database db = Database.open("mem")) {
            db.inTransaction(c -> {
                Seeder.seed(c, 42, NOW, 120);
                assertThat(residents(c, "SELECT name FROM resident WHERE resident_id <= 'R-000008' ORDER BY resident_id"))
                        .containsExactly("张伟", "李娜", "王\uD86D\uDCE7明", "刘\u4DAE", "赵敏", "陈静", "穆斯特曼", "陈家豪");
                assertThat(residents(c, "SELECT plate FROM vehicle")).allSatisfy(p -> assertThat(p).matches("^\\p{IsHan}[A-Z][A-Z0-9]{5}$"))
                        .filteredOn(p -> p.startsWith("浙D")).hasSizeGreaterThan(20);
                assertThat(residents(c, "SELECT DISTINCT station_id FROM kiosk ORDER BY station_id"))
                        .containsExactly("ST-SX-KQ", "ST-SX-YC", "ST-ZJ-FQ");
                assertThat(residents(c, "SELECT DISTINCT location FROM violation")).allSatisfy(l -> assertThat(l)
                        .doesNotContain("北京", "长安街", "深南"));
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM resident WHERE hukou_local")).isGreaterThan(40);
                assertThat(Seeder.isCurrent(c)).isTrue();
                return null;
            });
        }
    }

    private static List<String> residents(java.sql.Connection c, String sql) throws java.sql.SQLException {
        return Sql.list(c, sql, rs -> rs.getString(1));
    }

    @Test
    void sameSeedSameData() {
        assertThat(residents(42)).isEqualTo(residents(42)).isNotEqualTo(residents(43));
    }

    @Test
    void seededDataCoversWhatTheRulesNeed() {
        try (Database db = Database.open("mem")) {
            db.inTransaction(c -> {
                Seeder.seed(c, 42, NOW, 200);
                return null;
            });
            db.inTransaction(c -> {
                List<String> ids = Sql.list(c, "SELECT id_number FROM resident WHERE document_type <> 'FOREIGN_PERMANENT'",
                        rs -> rs.getString(1));
                assertThat(ids).hasSize(207).allSatisfy(id -> assertThat(IdNumbers.isValid(id)).as(id).isTrue()).doesNotHaveDuplicates();
                List<String> names = Sql.list(c, "SELECT name FROM resident", rs -> rs.getString(1));
                assertThat(names.stream().filter(n -> n.codePoints().anyMatch(cp -> cp > 0xFFFF))).hasSizeGreaterThan(1);
                assertThat(names.stream().filter(n -> n.codePoints().anyMatch(cp -> cp >= 0x3400 && cp <= 0x4DBF))).hasSizeGreaterThan(1);
                LocalDate today = LocalDate.of(2026, 11, 29);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM licence WHERE valid_until BETWEEN ? AND ?", today, today.plusDays(90))).isGreaterThan(5);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM licence WHERE valid_until < ?", today)).isGreaterThan(5);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM licence WHERE points >= 12")).isGreaterThan(0);
                assertThat(Sql.count(c, "SELECT COUNT(DISTINCT app_type || status) FROM application")).isEqualTo(7 * 8);
                assertThat(Sql.count(c, "SELECT COUNT(DISTINCT status) FROM violation")).isEqualTo(3);
                assertThat(Sql.count(c, "SELECT COUNT(DISTINCT kind) FROM travel_permit")).isEqualTo(2);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM endorsement")).isGreaterThan(10);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM residence_permit")).isGreaterThan(10);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM vehicle")).isGreaterThan(30);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM resident WHERE state_employee")).isGreaterThan(1);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM health_check")).isGreaterThan(5);
                assertThat(Sql.count(c, "SELECT COUNT(DISTINCT document_type) FROM resident")).isEqualTo(3);
                return null;
            });
        }
    }
}
