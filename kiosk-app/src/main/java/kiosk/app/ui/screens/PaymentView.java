package kiosk.app.ui.screens;

import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Formats;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.QrImages;
import kiosk.app.ui.Texts;

/**
 * One payment, two ways: scan the QR with a phone, or show one's own payment code to the kiosk's
 * scanner. The time left as mm:ss; in its last 30 seconds a warning and "more time". The receipt
 * prints by itself once paid.
 */
public final class PaymentView {

    private PaymentView() {
    }

    /** The countdown's words for a new second, in place (the rest of the screen is unchanged). */
    public static void updateCountdown(javafx.scene.Parent root, ScreenModel.Payment model, Texts t) {
        String left = Formats.countdown(Duration.ofSeconds(model.secondsLeft()));
        if (root.lookup("#payment-countdown") instanceof Label countdown) {
            countdown.setText(t.t("payment.countdown", left));
        }
        if (root.lookup("#payment-warning") instanceof Label warning) {
            warning.setText(t.t("payment.warning", left));
        }
    }

    public static Node build(ScreenModel.Payment model, Texts t, ResidentIntents flow) {
        Label amount = Ui.heading(Messages.yuan(model.amountCents()));
        amount.setId("payment-amount");
        amount.getStyleClass().add("amount");
        ImageView qr = new ImageView(QrImages.render(model.qrPayload(), 240));
        qr.setId("payment-qr");
        String left = Formats.countdown(Duration.ofSeconds(model.secondsLeft()));
        Label countdown = Ui.body(t.t("payment.countdown", left));
        countdown.setId("payment-countdown");
        countdown.getStyleClass().add("countdown");
        VBox details = new VBox(12, Ui.note(t.t("payment.amount")), amount, countdown);
        details.setAlignment(Pos.CENTER_LEFT);
        if (model.warning()) {
            Label warning = Ui.body(t.t("payment.warning", left));
            warning.setId("payment-warning");
            warning.getStyleClass().addAll("problem", "warning");
            details.getChildren().add(warning);
        }
        if (model.warning() && model.canExtend()) {
            Button extend = Ui.primary(t.t("payment.extend"), "payment-extend", flow::extendPayment);
            details.getChildren().add(extend);
        }
        if (model.codeProblem() != null) {
            Label what = Ui.body(t.t(model.codeProblem().titleKey()));
            what.setId("payment-code-problem");
            what.getStyleClass().add("problem");
            details.getChildren().addAll(what, Ui.note(t.t(model.codeProblem().adviceKey())));
        }
        details.getChildren().add(Ui.note(t.t("payment.waiting")));
        Label scan = Ui.body(t.t("payment.scan"));
        Label code = Ui.note(t.t("payment.code"));
        code.setId("payment-code-hint");
        VBox ways = new VBox(8, qr, scan, code);
        ways.setAlignment(Pos.CENTER);
        ways.setPrefWidth(460);
        ways.setMinWidth(460);
        details.setPrefWidth(600);
        details.setMinWidth(600);
        HBox pay = new HBox(48, ways, details);
        pay.setAlignment(Pos.CENTER);
        VBox box = Ui.column(Ui.heading(t.t("payment.title")), pay, Ui.note(t.t("payment.order", model.orderId())));
        box.setId("payment");
        return box;
    }
}
