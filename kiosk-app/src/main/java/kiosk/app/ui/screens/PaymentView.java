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
        Label amount = Ui.heading(t.t("payment.amount-due", t.money(model.amountCents())));
        amount.setId("payment-amount");
        amount.getStyleClass().add("amount");
        ImageView qr = new ImageView(QrImages.render(model.qrPayload(), 240));
        qr.setId("payment-qr");
        String left = Formats.countdown(Duration.ofSeconds(model.secondsLeft()));
        // In its last 30 seconds the countdown itself turns into the warning.
        Label countdown = Ui.body(t.t(model.warning() ? "payment.warning" : "payment.countdown", left));
        countdown.setId(model.warning() ? "payment-warning" : "payment-countdown");
        countdown.getStyleClass().addAll("countdown", "left");
        if (model.warning()) {
            countdown.getStyleClass().add("problem");
        }
        VBox details = new VBox(12, amount, countdown);
        details.setAlignment(Pos.CENTER_LEFT);
        if (model.warning() && model.canExtend()) {
            Button extend = Ui.primary(t.t("payment.extend"), "payment-extend", flow::extendPayment);
            details.getChildren().add(extend);
        }
        if (model.codeProblem() != null) {
            Label what = Ui.body(t.t(model.codeProblem().titleKey()));
            what.setId("payment-code-problem");
            what.getStyleClass().addAll("problem", "left");
            Label advice = Ui.note(t.t(model.codeProblem().adviceKey()));
            advice.getStyleClass().add("left");
            details.getChildren().addAll(what, advice);
        }
        if (!model.warning() && model.codeProblem() == null) {
            Label waiting = Ui.note(t.t("payment.waiting"));
            waiting.getStyleClass().add("left");
            details.getChildren().add(waiting);
        }
        Label order = Ui.note(t.t("payment.order", model.orderId()));
        order.getStyleClass().add("left");
        details.getChildren().add(order);
        Label scan = Ui.body(t.t("payment.scan"));
        Label code = Ui.note(t.t("payment.code"));
        code.setId("payment-code-hint");
        VBox ways = new VBox(8, qr, scan, code);
        ways.setAlignment(Pos.TOP_CENTER);
        ways.setPrefWidth(440);
        ways.setMinWidth(440);
        details.setPrefWidth(680);
        details.setMinWidth(560);
        HBox pay = new HBox(40, ways, details);
        pay.setAlignment(Pos.CENTER);
        VBox box = Ui.column(pay);
        box.setId("payment");
        return box;
    }
}
