package kiosk.peripherals.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @ParameterizedTest
    @CsvSource({
        "110101198503151235, 1985-03-15, MALE",
        "440304199207082467, 1992-07-08, FEMALE",
        "320583196011010053, 1960-11-01, MALE",
        "110105200802290011, 2008-02-29, MALE",
        // check character X: 11010519491231002 sums to remainder 2
        "11010519491231002X, 1949-12-31, FEMALE"
    })
    void acceptsValidNumbersAndReadsBirthDateAndSex(String number, LocalDate birth, Sex sex) throws Exception {
        IdNumber id = IdNumber.parse(number);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.sex()).isEqualTo(sex);
    }

    @Test
    void checkCharacterFollowsIso7064Mod11_2() {
        // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum mod 11 -> 1 0 X 9 8 7 6 5 4 3 2
        assertThat(IdNumber.checkCharacter("11010119850315123")).isEqualTo('5');
        assertThat(IdNumber.checkCharacter("44030419920708246")).isEqualTo('7');
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @ParameterizedTest
    @CsvSource({
        "110101198503151234, idcard.id-number.check",
        "11010119850315123, idcard.id-number.length",
        "1101011985031512345, idcard.id-number.length",
        "11010119850315123x, idcard.id-number.format",
        "A10101198503151235, idcard.id-number.format",
        "110101198502301238, idcard.id-number.birth-date"
    })
    void rejectsInvalidNumbersWithReason(String number, String reason) {
        assertThatThrownBy(() -> IdNumber.parse(number))
                .isInstanceOf(IdNumberException.class)
                .hasFieldOrPropertyWithValue("reason", reason)
                .hasMessageNotContaining(number);
    }

    @Test
    void birthDateCheckUsesCalendar() {
        // 2008-02-30 does not exist; check character computed so only the date is wrong
        String first17 = "11010520080230001";
        String number = first17 + IdNumber.checkCharacter(first17);
        assertThatThrownBy(() -> IdNumber.parse(number)).hasFieldOrPropertyWithValue("reason", "idcard.id-number.birth-date");
    }

    @Test
    void toStringMasks() throws Exception {
        assertThat(IdNumber.parse("110101198503151235")).hasToString("1101**********1235");
    }

    @Property(tries = 300)
    void arbitraryTextIsValidOrRejectedWithTypedError(@ForAll @StringLength(max = 24) String text) {
        try {
            IdNumber id = IdNumber.parse(text);
            assertThat(id.value()).hasSize(18);
            assertThat(IdNumber.checkCharacter(text.substring(0, 17))).isEqualTo(text.charAt(17));
        } catch (IdNumberException e) {
            assertThat(e.reason()).startsWith("idcard.id-number.");
        }
    }

    @Property(tries = 200)
    void arbitraryBytesAsTextAreRejectedWithTypedErrorAndNeverHang(@ForAll @net.jqwik.api.constraints.Size(max = 40) byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> {
            try {
                assertThat(IdNumber.parse(text).value()).isEqualTo(text);
            } catch (IdNumberException e) {
                assertThat(e.reason()).startsWith("idcard.id-number.");
            }
        });
    }

    @Property(tries = 200)
    void everyCorrectCheckCharacterIsAccepted(@ForAll("digits17") String first17) {
        String number = first17 + IdNumber.checkCharacter(first17);
        try {
            assertThat(IdNumber.parse(number).value()).isEqualTo(number);
        } catch (IdNumberException e) {
            assertThat(e.reason()).isEqualTo("idcard.id-number.birth-date");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> digits17() {
        return net.jqwik.api.Arbitraries.strings().numeric().ofLength(17);
    }
}
