package kiosk.app.model.traffic;

import java.time.LocalDate;
import kiosk.app.model.LocalizedText;
import kiosk.app.model.Model;

/**
 * A vehicle the resident owns, with its inspection validity: {@code model} as registered (Chinese),
 * {@code modelName} the same in every kiosk language, from {@code model} alone when the backend sends none.
 */
public record Vehicle(String plate, String model, LocalizedText modelName, LocalDate registeredOn,
                      LocalDate inspectionValidUntil, boolean inspectionOverdue, int unpaidViolations) {
    public Vehicle {
        Model.require(plate, "plate");
        modelName = modelName != null ? modelName : new LocalizedText(model == null ? java.util.Map.of()
                : java.util.Map.of("zh-CN", model));
        Model.check(inspectionValidUntil != null, "missing inspectionValidUntil");
    }
}
