package kiosk.peripherals.idcard;

import java.time.LocalDate;
import java.util.Objects;

/** The resident identity card (居民身份证), second generation. */
public record ResidentIdCard(
        String name,
        Sex sex,
        Nation nation,
        LocalDate birthDate,
        String address,
        IdNumber idNumber,
        String issuingAuthority,
        Validity validity,
        String appendedAddress,
        WltPhoto photo) implements CardIdentity {

    public ResidentIdCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(issuingAuthority, "issuingAuthority");
        Objects.requireNonNull(validity, "validity");
        appendedAddress = appendedAddress == null ? "" : appendedAddress;
        photo = photo == null ? WltPhoto.empty() : photo;
    }

    /** The same card with the address appended by a later change of residence (command 30 03). */
    public ResidentIdCard withAppendedAddress(String appended) {
        return new ResidentIdCard(name, sex, nation, birthDate, address, idNumber, issuingAuthority, validity,
                appended, photo);
    }

    @Override
    public CardType cardType() {
        return CardType.RESIDENT_ID;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String documentNumber() {
        return idNumber.value();
    }

    @Override
    public String toString() {
        return "ResidentIdCard[name=" + PersonalData.maskName(name) + ", sex=" + sex + ", nation=" + nation.code()
                + ", idNumber=" + idNumber.masked() + ", address=" + PersonalData.maskAddress(address)
                + ", longTerm=" + validity.isLongTerm() + ", photo=" + photo + "]";
    }
}
