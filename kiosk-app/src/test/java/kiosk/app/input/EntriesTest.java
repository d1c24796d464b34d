package kiosk.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntriesTest {

    private static Entry typed(EntryKind kind, String keys) {
        Entry entry = kind.start();
        for (int cp : keys.codePoints().toArray()) {
            String key = Character.toString(cp);
            assertThat(entry.canType(key)).as("%s after %s", key, entry.value()).isTrue();
            entry = entry.type(key);
        }
        return entry;
    }

    @Test
    void ordinaryPlateIsCompleteAtSevenAndStillOpenToANewEnergySuffix() {
        Entry plate = typed(Entries.plate(), "浙D12345");
        assertThat(plate.complete()).isTrue();
        assertThat(plate.canType("F")).as("large new-energy 浙D12345F").isTrue();
        assertThat(plate.canType("6")).isFalse();
        assertThat(plate.type("F").complete()).isTrue();
    }

    @Test
    void smallNewEnergyPlate() {
        Entry plate = typed(Entries.plate(), "浙DF12345");
        assertThat(plate.complete()).isTrue();
        assertThat(plate.value()).hasSize(8);
        assertThat(List.of("0", "A", "D")).noneMatch(plate::canType);
    }

    @Test
    void plateRefusesWhatNoPlateHas() {
        EntryKind kind = Entries.plate();
        Entry empty = kind.start();
        assertThat(empty.canType("A")).as("a letter before the province").isFalse();
        assertThat(empty.canType("港")).isFalse();
        Entry province = empty.type("粤");
        assertThat(province.canType("1")).as("office code is a letter").isFalse();
        assertThat(province.canType("B")).isTrue();
        Entry office = province.type("B");
        assertThat(office.canType("I")).isFalse();
        assertThat(office.canType("O")).isFalse();
        assertThat(office.complete()).isFalse();
        Entry seven = typed(kind, "粤BDA123");
        assertThat(seven.complete()).isTrue();
        assertThat(seven.canType("X")).as("small new-energy ends in four digits").isFalse();
        assertThat(seven.canType("4")).isTrue();
        assertThat(typed(kind, "粤B12345").type("F").canType("1")).as("nothing after 8").isFalse();
    }

    @Test
    void provincePickerFirstThenLettersAndDigits() {
        EntryKind kind = Entries.plate();
        List<String> first = kind.keyRows("").stream().flatMap(List::stream).toList();
        assertThat(String.join("", first)).isEqualTo(Entries.PROVINCES);
        assertThat(first).hasSize(31);
        List<String> then = kind.keyRows("京").stream().flatMap(List::stream).toList();
        assertThat(then).contains("0", "9", "A", "Z").doesNotContain("I", "O", "京").hasSize(34);
        assertThat(typed(kind, "京").backspace().isEmpty()).isTrue();
    }

    @Test
    void mobileNumber() {
        EntryKind kind = Entries.mobile();
        assertThat(kind.start().canType("2")).isFalse();
        assertThat(kind.start().type("1").canType("2")).isFalse();
        Entry phone = typed(kind, "1380013800");
        assertThat(phone.complete()).isFalse();
        phone = phone.type("0");
        assertThat(phone.complete()).isTrue();
        assertThat(phone.canType("1")).isFalse();
        assertThat(phone.toString()).doesNotContain("138");
    }

    @Test
    void digitsWithinTheirLengths() {
        Entry code = typed(Entries.digits(4, 6), "123");
        assertThat(code.complete()).isFalse();
        assertThat(code.canType("A")).isFalse();
        code = typed(Entries.digits(4, 6), "123456");
        assertThat(code.complete()).isTrue();
        assertThat(code.canType("7")).isFalse();
    }

    @Test
    void engineTailTakesFourToSixLettersOrDigits() {
        EntryKind kind = Entries.engineTail();
        assertThat(typed(kind, "A1B").complete()).isFalse();
        assertThat(typed(kind, "A1B2").complete()).isTrue();
        assertThat(typed(kind, "IO0123").complete()).isTrue();
        assertThat(typed(kind, "IO0123").canType("4")).isFalse();
        assertThat(kind.start().canType("a")).as("keys are upper case").isFalse();
    }

    @Test
    void aDateIsCheckedAsItIsTyped() {
        EntryKind kind = Entries.date();
        assertThat(kind.start().canType("3")).as("no year 3xxx").isFalse();
        assertThat(typed(kind, "2020").canType("2")).as("no month 2x").isFalse();
        assertThat(typed(kind, "20201").canType("3")).as("no month 13").isFalse();
        assertThat(typed(kind, "202012").canType("4")).as("no day 4x").isFalse();
        assertThat(typed(kind, "2020123").canType("2")).as("no day 32").isFalse();
        assertThat(typed(kind, "2020123").canType("1")).isTrue();
        assertThat(typed(kind, "2020010").canType("0")).as("no day 00").isFalse();
        assertThat(typed(kind, "20200101").complete()).isTrue();
        assertThat(typed(kind, "20200101").canType("1")).isFalse();
        assertThat(typed(kind, "2020010").complete()).isFalse();
    }

    @Test
    void aReferenceTakesLettersDigitsAndDashes() {
        EntryKind kind = Entries.reference();
        assertThat(typed(kind, "TJ-SX").complete()).isFalse();
        assertThat(typed(kind, "TJ-SX-000125").complete()).isTrue();
        assertThat(kind.start().canType("/")).isFalse();
        assertThat(kind.keyRows("").stream().flatMap(java.util.List::stream)).contains("-", "Q", "0");
    }
}
