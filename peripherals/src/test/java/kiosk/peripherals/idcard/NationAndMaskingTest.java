package kiosk.peripherals.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NationAndMaskingTest {

    @Test
    void nationTableHasAll56GroupsPlus97And98() {
        List<String> expected = IntStream.rangeClosed(1, 56).mapToObj(i -> String.format("%02d", i))
                .collect(Collectors.toList());
        expected.add("97");
        expected.add("98");
        assertThat(Arrays.stream(Nation.values()).map(Nation::code)).containsExactlyElementsOf(expected);
    }

    @Test
    void nationCodesMapToGb3304Names() throws Exception {
        assertThat(Nation.ofCode("01").chineseName()).isEqualTo("汉");
        assertThat(Nation.ofCode("03").chineseName()).isEqualTo("回");
        assertThat(Nation.ofCode("11").chineseName()).isEqualTo("满");
        assertThat(Nation.ofCode("43").chineseName()).isEqualTo("乌孜别克");
        assertThat(Nation.ofCode("56").chineseName()).isEqualTo("基诺");
        assertThat(Nation.ofCode("97").chineseName()).isEqualTo("其他");
        assertThat(Nation.ofCode("98").chineseName()).isEqualTo("外国血统中国籍人士");
        assertThatThrownBy(() -> Nation.ofCode("57")).hasFieldOrPropertyWithValue("reason", "idcard.bad-nation");
        assertThatThrownBy(() -> Nation.ofCode("00")).isInstanceOf(IdCardDataException.class);
    }

    @Test
    void masksIdNumbersNamesAndAddresses() {
        assertThat(PersonalData.maskIdNumber("110101198503151235")).isEqualTo("1101**********1235");
        assertThat(PersonalData.maskName("张伟")).isEqualTo("张*");
        assertThat(PersonalData.maskName("刘\u4DAE")).isEqualTo("刘*");
        assertThat(PersonalData.maskName("王\uD86D\uDCE7明")).isEqualTo("王**");
        assertThat(PersonalData.maskName("\uD86D\uDCE7明")).isEqualTo("\uD86D\uDCE7*");
        assertThat(PersonalData.maskName("伟")).isEqualTo("*");
        assertThat(PersonalData.maskAddress("北京市东城区南池子大街12号")).isEqualTo("北京市******");
        assertThat(PersonalData.maskDocumentNumber("DEU116408120012")).isEqualTo("DE***********12");
        assertThat(PersonalData.maskIdNumber("")).isEmpty();
    }
}
