package kiosk.peripherals.idcard.sam.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.CardType;
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
                .containsExactly("330602198503151256", "330106199207082463", "330282196011010052", "330603200802290017");
        assertThat(cards).extracting(c -> c.sex().code()).containsExactly("1", "2", "1", "1");
        assertThat(cards).extracting(c -> c.nation().code()).containsExactly("01", "01", "03", "01");
        assertThat(cards).extracting(ResidentIdCard::birthDate).containsExactly(LocalDate.of(1985, 3, 15),
                LocalDate.of(1992, 7, 8), LocalDate.of(1960, 11, 1), LocalDate.of(2008, 2, 29));
        assertThat(cards).extracting(ResidentIdCard::address).containsExactly("浙江省绍兴市越城区解放北路288号",
                "浙江省杭州市西湖区文三路90号", "浙江省慈溪市浒山街道孙塘北路5号", "浙江省绍兴市柯桥区笛扬路1号");
        assertThat(cards).extracting(ResidentIdCard::issuingAuthority)
                .containsExactly("绍兴市公安局越城区分局", "杭州市公安局西湖区分局", "慈溪市公安局", "绍兴市公安局柯桥区分局");
        assertThat(cards.get(0).validity().until()).contains(LocalDate.of(2035, 6, 1));
        assertThat(cards.get(1).validity().from()).isEqualTo(LocalDate.of(2012, 7, 10));
        assertThat(cards.get(2).validity().isLongTerm()).isTrue();
        assertThat(cards.get(3).validity().until()).contains(LocalDate.of(2029, 3, 1));
    }

    @Test
    void everyResidentNumberIsAZhejiangNumberTheStubKnows() {
        assertThat(SampleCards.all()).extracting(CardIdentity::documentNumber).containsExactly("330602198503151256",
                "330106199207082463", "330282196011010052", "330603200802290017", "330681199001011245",
                "330381199505052466", "DEU336408120012", "810000198806120376");
        assertThat(SampleCards.hongKongResident().region()).isEqualTo("HK");
        assertThat(SampleCards.foreignResident().displayName()).isEqualTo("穆斯特曼");
    }

    @Test
    void everySampleSurvivesEncodingAndTheRealParser() throws Exception {
        List<CardIdentity> all = SampleCards.all();
        assertThat(all).hasSize(8).extracting(CardIdentity::cardType).contains(CardType.RESIDENT_ID,
                CardType.FOREIGN_PERMANENT_RESIDENCE, CardType.HMT_RESIDENCE_PERMIT);
        for (CardIdentity card : all) {
            byte[] block = TextBlockEncoder.encode(card);
            assertThat(block).hasSize(256);
            assertThat(TextBlockParser.parse(block, card.photo())).isEqualTo(card);
            assertThat(card.photo().size()).isEqualTo(1024);
        }
    }
}
