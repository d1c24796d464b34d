package kiosk.peripherals.idcard.sam.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.TextBlockParser;
import org.junit.jupiter.api.Test;

/** The demo residents are shared with the backend stub's seed: their data are a contract. */
class SampleCardsTest {

    @Test
    void demoResidentsMatchTheSharedTable() {
        List<ResidentIdCard> cards = SampleCards.demoResidents();
        assertThat(cards).extracting(ResidentIdCard::name)
                .containsExactly("张伟", "李娜", "王\uD86D\uDCE7明", "刘\u4DAE");
        assertThat(cards).extracting(c -> c.idNumber().value())
                .containsExactly("110101198503151235", "440304199207082467", "320583196011010053", "110105200802290011");
        assertThat(cards).extracting(c -> c.sex().code()).containsExactly("1", "2", "1", "1");
        assertThat(cards).extracting(c -> c.nation().code()).containsExactly("01", "01", "03", "01");
        assertThat(cards).extracting(ResidentIdCard::birthDate).containsExactly(LocalDate.of(1985, 3, 15),
                LocalDate.of(1992, 7, 8), LocalDate.of(1960, 11, 1), LocalDate.of(2008, 2, 29));
        assertThat(cards).extracting(ResidentIdCard::address).containsExactly("北京市东城区南池子大街12号",
                "广东省深圳市福田区福华路88号", "江苏省张家港市杨舍镇人民路5号", "北京市朝阳区建国路1号");
        assertThat(cards).extracting(ResidentIdCard::issuingAuthority)
                .containsExactly("北京市公安局东城分局", "深圳市公安局福田分局", "张家港市公安局", "北京市公安局朝阳分局");
        assertThat(cards.get(0).validity().until()).contains(LocalDate.of(2035, 6, 1));
        assertThat(cards.get(1).validity().from()).isEqualTo(LocalDate.of(2012, 7, 10));
        assertThat(cards.get(2).validity().isLongTerm()).isTrue();
        assertThat(cards.get(3).validity().until()).contains(LocalDate.of(2029, 3, 1));
    }

    @Test
    void everySampleSurvivesEncodingAndTheRealParser() throws Exception {
        List<CardIdentity> all = new java.util.ArrayList<>(SampleCards.demoResidents());
        all.add(SampleCards.foreignResident());
        for (CardIdentity card : all) {
            byte[] block = TextBlockEncoder.encode(card);
            assertThat(block).hasSize(256);
            assertThat(TextBlockParser.parse(block, card.photo())).isEqualTo(card);
            assertThat(card.photo().size()).isEqualTo(1024);
        }
    }
}
