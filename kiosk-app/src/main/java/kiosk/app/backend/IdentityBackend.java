package kiosk.app.backend;

import kiosk.app.model.BackendException;
import kiosk.app.flow.IdentityPort;
import kiosk.app.model.DocumentType;
import kiosk.app.model.Identification;
import kiosk.app.model.Model;
import kiosk.app.model.Resident;

/** The identity port over /residents/lookup and /identity/qr. */
public final class IdentityBackend implements IdentityPort {

    private final BackendCalls calls;

    public IdentityBackend(BackendCalls calls) {
        this.calls = calls;
    }

    record Lookup(String idNumber, String name, DocumentType documentType) {
    }

    record Code(String payload) {
    }

    /** Whom an e-ID code identifies: the resident and the document it stands for. */
    record CodeAnswer(String residentId, String name, String idNumberMasked) {
        CodeAnswer {
            Model.require(residentId, "residentId");
            Model.require(name, "name");
            Model.require(idNumberMasked, "idNumberMasked");
        }
    }

    @Override
    public Resident lookup(Identification who) throws BackendException {
        return calls.query("residents/lookup", new Lookup(who.idNumber(), who.name(), who.type()), Resident.class);
    }

    @Override
    public Identified fromCode(String payload) throws BackendException {
        CodeAnswer answer = calls.query("identity/qr", new Code(payload), CodeAnswer.class);
        // The code carries no ID number: the backend's resident id keys this resident's reprints instead.
        return new Identified(new Identification(DocumentType.E_ID, answer.name(), answer.residentId(), answer.idNumberMasked()),
                new Resident(answer.residentId(), answer.name(), answer.idNumberMasked()));
    }
}
