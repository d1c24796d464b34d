package kiosk.peripherals.idcard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The foreigner's permanent residence identity card (外国人永久居留身份证, card type 'I'): English
 * name, optional Chinese name, ISO 3166-1 alpha-3 nationality, a 15-character card number and the
 * code of the authority that accepted the application.
 */
public record ForeignPermanentResidenceCard(
        String englishName,
        String chineseName,
        Sex sex,
        String cardNumber,
        String nationality,
        LocalDate birthDate,
        Validity validity,
        String cardVersion,
        String authorityCode,
        WltPhoto photo) implements CardIdentity {

    public ForeignPermanentResidenceCard {
        Objects.requireNonNull(englishName, "englishName");
        chineseName = chineseName == null ? "" : chineseName;
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(validity, "validity");
        cardVersion = cardVersion == null ? "" : cardVersion;
        authorityCode = authorityCode == null ? "" : authorityCode;
        photo = photo == null ? WltPhoto.empty() : photo;
    }

    @Override
    public CardType cardType() {
        return CardType.FOREIGN_PERMANENT_RESIDENCE;
    }

    @Override
    public String displayName() {
        return chineseName.isEmpty() ? englishName : chineseName;
    }

    @Override
    public String documentNumber() {
        return cardNumber;
    }

    @Override
    public String toString() {
        return "ForeignPermanentResidenceCard[englishName=" + PersonalData.maskName(englishName) + ", chineseName="
                + PersonalData.maskName(chineseName) + ", sex=" + sex + ", nationality=" + nationality
                + ", cardNumber=" + PersonalData.maskDocumentNumber(cardNumber) + ", photo=" + photo + "]";
    }
}
