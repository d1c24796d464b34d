package kiosk.peripherals.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TextBlockParserTest {

    private static final WltPhoto PHOTO = new WltPhoto(new byte[1024]);

    @Test
    void parsesResidentCardFromHandBuiltBlock() throws Exception {
        CardIdentity identity = TextBlockParser.parse(TestTextBlocks.zhangWei().bytes(), PHOTO);

        assertThat(identity).isInstanceOf(ResidentIdCard.class);
        ResidentIdCard card = (ResidentIdCard) identity;
        assertThat(card.name()).isEqualTo("张伟");
        assertThat(card.sex()).isEqualTo(Sex.MALE);
        assertThat(card.nation()).isEqualTo(Nation.HAN);
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        assertThat(card.address()).isEqualTo("北京市东城区南池子大街12号");
        assertThat(card.idNumber().value()).isEqualTo("110101198503151235");
        assertThat(card.issuingAuthority()).isEqualTo("北京市公安局东城分局");
        assertThat(card.validity()).isEqualTo(Validity.between(LocalDate.of(2015, 6, 1), LocalDate.of(2035, 6, 1)));
        assertThat(card.cardType()).isEqualTo(CardType.RESIDENT_ID);
    }

    @Test
    void rareCharacterOutsideBmpSurvivesAndLongTermHasNoExpiry() throws Exception {
        byte[] block = TestTextBlocks.resident("王\uD86D\uDCE7明", "1", "11", "19601101", "江苏省张家港市杨舍镇人民路5号",
                "320583196011010053", "张家港市公安局", "20100101", "长期").bytes();

        ResidentIdCard card = (ResidentIdCard) TextBlockParser.parse(block, PHOTO);

        assertThat(card.name()).isEqualTo("王\uD86D\uDCE7明");
        assertThat(card.name().codePointAt(1)).isEqualTo(0x2B4E7);
        assertThat(card.name().codePointCount(0, card.name().length())).isEqualTo(3);
        assertThat(card.nation()).isEqualTo(Nation.MANCHU);
        assertThat(card.validity().isLongTerm()).isTrue();
        assertThat(card.validity().isValidOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void nameFillingTheWholeFieldWithASurrogatePairAtTheEndIsKept() throws Exception {
        // 13 BMP characters + one surrogate pair = exactly 30 bytes: trimming must not split the pair
        String name = "阿".repeat(13) + "\uD86D\uDCE7";
        byte[] block = TestTextBlocks.resident(name, "1", "01", "19850315", "北京", "110101198503151235", "某局",
                "20150601", "20350601").bytes();

        assertThat(((ResidentIdCard) TextBlockParser.parse(block, PHOTO)).name()).isEqualTo(name);
    }

    @Test
    void lonePartOfASurrogatePairIsRejected() {
        // high surrogate D86D as the last code unit of the name field, followed by the sex field
        byte[] block = TestTextBlocks.zhangWei().raw(28, 0x6D, 0xD8).bytes();
        assertThatThrownBy(() -> TextBlockParser.parse(block, PHOTO))
                .isInstanceOf(IdCardDataException.class)
                .hasFieldOrPropertyWithValue("reason", "idcard.bad-text")
                .hasMessageContaining("name");
    }

    @Test
    void ext_A_characterSurvives() throws Exception {
        byte[] block = TestTextBlocks.resident("刘\u4DAE", "1", "01", "20080229", "北京市朝阳区建国路1号",
                "110105200802290011", "北京市公安局朝阳分局", "20240301", "20290301").bytes();
        assertThat(((ResidentIdCard) TextBlockParser.parse(block, PHOTO)).name()).isEqualTo("刘䶮");
    }

    @Test
    void parsesForeignPermanentResidenceCard() throws Exception {
        // English name 0/120, sex 120/2, number 122/30, nationality 152/6, Chinese name 158/30,
        // from 188/16, to 204/16, birth 220/16, version 236/4, authority 240/8, type 248/2
        byte[] block = new TestTextBlocks().put(0, 120, "MUSTERMANN, ERIKA").put(120, 2, "2")
                .put(122, 30, "DEU116408120012").put(152, 6, "DEU").put(158, 30, "穆斯特曼")
                .put(188, 16, "20180501").put(204, 16, "20280501").put(220, 16, "19640812")
                .put(236, 4, "02").put(240, 8, "1100").put(248, 2, "I").bytes();

        ForeignPermanentResidenceCard card = (ForeignPermanentResidenceCard) TextBlockParser.parse(block, PHOTO);

        assertThat(card.englishName()).isEqualTo("MUSTERMANN, ERIKA");
        assertThat(card.chineseName()).isEqualTo("穆斯特曼");
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        assertThat(card.cardNumber()).isEqualTo("DEU116408120012");
        assertThat(card.nationality()).isEqualTo("DEU");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1964, 8, 12));
        assertThat(card.validity().until()).contains(LocalDate.of(2028, 5, 1));
        assertThat(card.cardVersion()).isEqualTo("02");
        assertThat(card.authorityCode()).isEqualTo("1100");
        assertThat(card.displayName()).isEqualTo("穆斯特曼");
        assertThat(card.toString()).doesNotContain("MUSTERMANN", "穆斯特曼", "DEU116408120012");
    }

    @Test
    void parsesHongKongMacaoTaiwanResidencePermit() throws Exception {
        String first17 = "81000019900101002";
        String id = first17 + IdNumber.checkCharacter(first17);
        // resident layout without nation (32/4 reserved), pass number 220/18, issue count 238/4, type 248/2
        byte[] block = new TestTextBlocks().put(0, 30, "陈大文").put(30, 2, "2").put(36, 16, "19900101")
                .put(52, 70, "广东省深圳市南山区科技园1号").put(122, 36, id).put(158, 30, "深圳市公安局")
                .put(188, 16, "20190101").put(204, 16, "20240101").put(220, 18, "H12345678").put(238, 4, "01")
                .put(248, 2, "J").bytes();

        HmtResidencePermit permit = (HmtResidencePermit) TextBlockParser.parse(block, PHOTO);

        assertThat(permit.name()).isEqualTo("陈大文");
        assertThat(permit.idNumber().value()).isEqualTo(id);
        assertThat(permit.region()).isEqualTo("HK");
        assertThat(permit.passNumber()).isEqualTo("H12345678");
        assertThat(permit.issueCount()).isEqualTo(1);
        assertThat(permit.cardType()).isEqualTo(CardType.HMT_RESIDENCE_PERMIT);
        assertThat(permit.toString()).doesNotContain("陈大文", id, "H12345678");
    }

    @Test
    void unsupportedAndUnknownCardTypesAreRejectedNotGuessed() {
        byte[] newForeigner = TestTextBlocks.zhangWei().put(248, 2, "Y").bytes();
        byte[] unknown = TestTextBlocks.zhangWei().put(248, 2, "Q").bytes();
        assertThatThrownBy(() -> TextBlockParser.parse(newForeigner, PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.unsupported-card-type");
        assertThatThrownBy(() -> TextBlockParser.parse(unknown, PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.unknown-card-type");
    }

    @Test
    void fieldErrorsNameTheFieldNotTheContent() {
        assertThatThrownBy(() -> TextBlockParser.parse(TestTextBlocks.zhangWei().put(30, 2, "3").bytes(), PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.bad-sex");
        assertThatThrownBy(() -> TextBlockParser.parse(TestTextBlocks.zhangWei().put(32, 4, "99").bytes(), PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.bad-nation");
        assertThatThrownBy(() -> TextBlockParser.parse(TestTextBlocks.zhangWei().put(36, 16, "19850230").bytes(), PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.bad-date");
        assertThatThrownBy(() -> TextBlockParser.parse(TestTextBlocks.zhangWei().put(36, 16, "19850316").bytes(), PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.inconsistent");
        assertThatThrownBy(() -> TextBlockParser.parse(TestTextBlocks.zhangWei().put(30, 2, "2").bytes(), PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.inconsistent");
        assertThatThrownBy(() -> TextBlockParser.parse(TestTextBlocks.zhangWei().put(122, 36, "110101198503151234").bytes(), PHOTO))
                .isInstanceOf(IdNumberException.class)
                .hasMessageNotContaining("110101198503151234");
        assertThatThrownBy(() -> TextBlockParser.parse(TestTextBlocks.zhangWei().put(0, 30, "          ").bytes(), PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.missing-field");
        assertThatThrownBy(() -> TextBlockParser.parse(new byte[255], PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.text-length");
    }

    @Test
    void toStringMasksAndWipeZeroesThePhoto() throws Exception {
        byte[] photoBytes = new byte[1024];
        java.util.Arrays.fill(photoBytes, (byte) 0x5A);
        ResidentIdCard card = (ResidentIdCard) TextBlockParser.parse(TestTextBlocks.zhangWei().bytes(), new WltPhoto(photoBytes));

        assertThat(card.toString()).contains("张*", "1101**********1235").doesNotContain("张伟", "110101198503151235", "南池子");
        card.wipe();
        assertThat(card.photo().bytes()).containsOnly(0);
        assertThat(card.photo().isWiped()).isTrue();
    }

    @Test
    void noPhotoDecoderByDefault() {
        PhotoDecoder none = PhotoDecoder.none();
        assertThat(none.isAvailable()).isFalse();
        assertThat(none.decode(PHOTO)).isEmpty();
    }

    @Property(tries = 300)
    void arbitraryBlocksAreParsedOrRejectedWithTypedError(@ForAll @Size(256) byte[] block) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                assertThat(TextBlockParser.parse(block, PHOTO)).isNotNull();
            } catch (IdCardDataException e) {
                assertThat(e.reason()).startsWith("idcard.");
            }
        });
    }

    @Property(tries = 100)
    void arbitraryBlocksWithAValidMarkerAreRejectedWithTypedError(@ForAll @Size(256) byte[] block,
            @ForAll("markers") char marker) {
        block[248] = (byte) marker;
        block[249] = 0;
        assertThatCode(() -> {
            try {
                TextBlockParser.parse(block, PHOTO);
            } catch (IdCardDataException expected) {
                assertThat(expected.reason()).startsWith("idcard.");
            }
        }).doesNotThrowAnyException();
    }

    @Property(tries = 50)
    void blocksOfAnyOtherLengthAreRejected(@ForAll @Size(max = 600) byte[] block) {
        if (block.length == 256) {
            return;
        }
        assertThatThrownBy(() -> TextBlockParser.parse(block, PHOTO))
                .hasFieldOrPropertyWithValue("reason", "idcard.text-length");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Character> markers() {
        return net.jqwik.api.Arbitraries.of(' ', 'I', 'J');
    }
}
