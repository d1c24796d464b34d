package kiosk.peripherals.idcard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Field-by-field lines of an identity for diagnostics. Names, numbers and addresses are masked
 * unless the caller explicitly reveals them (staff at the kiosk, {@code --reveal}).
 */
public final class IdentityReport {

    private IdentityReport() {
    }

    public static List<String> lines(CardIdentity identity, boolean reveal) {
        List<String> lines = new ArrayList<>();
        lines.add("card type: " + identity.cardType());
        if (identity instanceof ResidentIdCard c) {
                lines.add("name: " + (reveal ? c.name() : PersonalData.maskName(c.name())));
                lines.add("sex: " + c.sex());
                lines.add("nation: " + c.nation().code() + " " + c.nation().chineseName());
                lines.add("birth date: " + date(c.birthDate(), reveal));
                lines.add("address: " + (reveal ? c.address() : PersonalData.maskAddress(c.address())));
                if (!c.appendedAddress().isEmpty()) {
                    lines.add("appended address: "
                            + (reveal ? c.appendedAddress() : PersonalData.maskAddress(c.appendedAddress())));
                }
                lines.add("ID number: " + (reveal ? c.idNumber().value() : c.idNumber().masked()));
                lines.add("issuing authority: " + c.issuingAuthority());
        } else if (identity instanceof ForeignPermanentResidenceCard c) {
                lines.add("English name: " + (reveal ? c.englishName() : PersonalData.maskName(c.englishName())));
                lines.add("Chinese name: " + (reveal ? c.chineseName() : PersonalData.maskName(c.chineseName())));
                lines.add("sex: " + c.sex());
                lines.add("nationality: " + c.nationality());
                lines.add("birth date: " + date(c.birthDate(), reveal));
                lines.add("card number: " + (reveal ? c.cardNumber() : PersonalData.maskDocumentNumber(c.cardNumber())));
                lines.add("card version: " + c.cardVersion());
                lines.add("authority code: " + c.authorityCode());
        } else if (identity instanceof HmtResidencePermit c) {
                lines.add("name: " + (reveal ? c.name() : PersonalData.maskName(c.name())));
                lines.add("sex: " + c.sex());
                lines.add("region: " + c.region());
                lines.add("birth date: " + date(c.birthDate(), reveal));
                lines.add("address: " + (reveal ? c.address() : PersonalData.maskAddress(c.address())));
                lines.add("ID number: " + (reveal ? c.idNumber().value() : c.idNumber().masked()));
                lines.add("issuing authority: " + c.issuingAuthority());
                lines.add("pass number: " + (reveal ? c.passNumber() : PersonalData.maskDocumentNumber(c.passNumber())));
                lines.add("issue count: " + c.issueCount());
        }
        Validity v = identity.validity();
        lines.add("valid: " + v.from() + " .. " + v.until().map(LocalDate::toString).orElse(TextBlockLayout.LONG_TERM + " (no expiry)"));
        lines.add("photo: " + identity.photo().size() + " bytes WLT (opaque)");
        return lines;
    }

    private static String date(LocalDate date, boolean reveal) {
        return reveal ? date.toString() : date.getYear() + "-**-**";
    }
}
