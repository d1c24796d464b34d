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
        assertThat(IdNumbers.isValid("110101198503151235")).isTrue();
        assertThat(IdNumbers.isValid("440304199207082467")).isTrue();
        assertThat(IdNumbers.isValid("320583196011010053")).isTrue();
        assertThat(IdNumbers.isValid("110105200802290011")).isTrue();
        assertThat(IdNumbers.isValid("110101198503151234")).isFalse();
        assertThat(IdNumbers.isValid("110101198502301235")).as("30 February").isFalse();
        assertThat(IdNumbers.isValid("11010119850315123")).isFalse();
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.mask("110101198503151235")).isEqualTo("110***********1235");
        assertThat(IdNumbers.build("110101", LocalDate.of(1985, 3, 15), 123)).isEqualTo("110101198503151235");
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
                List<String> ids = Sql.list(c, "SELECT id_number FROM resident", rs -> rs.getString(1));
                assertThat(ids).hasSize(206).allSatisfy(id -> assertThat(IdNumbers.isValid(id)).as(id).isTrue()).doesNotHaveDuplicates();
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
                return null;
            });
        }
    }
}
