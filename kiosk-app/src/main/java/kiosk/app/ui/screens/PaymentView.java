package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.QrImages;
import kiosk.app.ui.Texts;

/** Scan-to-pay: the amount, the QR code and the time left. The receipt prints by itself once paid. */
public final class PaymentView {

    private PaymentView() {
    }

    public static Node build(ScreenModel.Payment model, Texts t) {
        Label amount = Ui.heading(Messages.yuan(model.amountCents()));
        amount.setId("payment-amount");
        amount.getStyleClass().add("amount");
        ImageView qr = new ImageView(QrImages.render(model.qrPayload(), 300));
        qr.setId("payment-qr");
        Label countdown = Ui.body(t.t("payment.countdown", model.secondsLeft()));
        countdown.setId("payment-countdown");
        VBox details = new VBox(20, Ui.note(t.t("payment.amount")), amount, countdown,
                Ui.note(t.t("payment.waiting")), Ui.note(t.t("payment.order", model.orderId())));
        details.setAlignment(Pos.CENTER_LEFT);
        HBox pay = new HBox(48, qr, details);
        pay.setAlignment(Pos.CENTER);
        VBox box = Ui.column(Ui.heading(t.t("payment.title")), pay);
        box.setId("payment");
        return box;
    }
}
