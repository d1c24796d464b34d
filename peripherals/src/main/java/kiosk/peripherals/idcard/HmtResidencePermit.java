package kiosk.peripherals.idcard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证, card type 'J'):
 * the resident card's layout without nation, plus the travel permit number and the issue count.
 */
public record HmtResidencePermit(
        String name,
        Sex sex,
        LocalDate birthDate,
        String address,
        IdNumber idNumber,
        String issuingAuthority,
        Validity validity,
        String passNumber,
        int issueCount,
        WltPhoto photo) implements CardIdentity {

    public HmtResidencePermit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(issuingAuthority, "issuingAuthority");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(passNumber, "passNumber");
        photo = photo == null ? WltPhoto.empty() : photo;
    }

    @Override
    public CardType cardType() {
        return CardType.HMT_RESIDENCE_PERMIT;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String documentNumber() {
        return idNumber.value();
    }

    /** Where the holder comes from, by the ID number's address code. */
    public String region() {
        return switch (idNumber.value().substring(0, 2)) {
            case "81" -> "HK";
            case "82" -> "MO";
            case "83" -> "TW";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "HmtResidencePermit[name=" + PersonalData.maskName(name) + ", sex=" + sex + ", idNumber="
                + idNumber.masked() + ", passNumber=" + PersonalData.maskDocumentNumber(passNumber)
                + ", issueCount=" + issueCount + ", photo=" + photo + "]";
    }
}
