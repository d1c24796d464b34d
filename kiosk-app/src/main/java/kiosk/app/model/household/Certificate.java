package kiosk.app.model.household;

import java.time.Instant;
import java.time.LocalDate;
import kiosk.app.model.Model;

/** A household registration certificate (户籍证明); the verification code lets a third party check it. */
public record Certificate(String certificateId, String applicationId, String purpose, String hukouCity,
                          String verificationCode, Instant issuedAt, LocalDate validUntil) {
    public Certificate {
        Model.require(certificateId, "certificateId");
        Model.require(verificationCode, "verificationCode");
    }
}
