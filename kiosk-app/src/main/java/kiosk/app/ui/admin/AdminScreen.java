package kiosk.app.ui.admin;

import java.util.Date;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kiosk.app.admin.AdminIntents;
import kiosk.app.admin.AdminModel;
import kiosk.app.admin.AdminState;
import kiosk.app.i18n.StaffTexts;

/**
 * Admin mode's one view: an overlay that is hidden while admin mode is closed, shows the PIN pad, then
 * the sections. It renders {@link AdminState} snapshots and forwards taps to {@link AdminIntents};
 * nothing else. Texts come from the staff bundle.
 */
public final class AdminScreen {

    private final StaffTexts t;
    private final AdminIntents intents;
    private final StackPane root = new StackPane();

    private AdminScreen(StaffTexts texts, AdminIntents intents) {
        this.t = texts;
        this.intents = intents;
        root.setId("admin-screen");
        root.setStyle("-fx-background-color: #f0f4f8;");
        root.setVisible(false);
    }

    /** The overlay node; put it above the resident screens in the root StackPane. */
    public static Node build(AdminModel model, StaffTexts texts) {
        AdminScreen screen = new AdminScreen(texts, model);
        model.subscribe(state -> {
            if (Platform.isFxApplicationThread()) {
                screen.render(state);
            } else {
                Platform.runLater(() -> screen.render(state));
            }
        });
        return screen.root;
    }

    private void render(AdminState s) {
        root.setVisible(s.phase() != AdminState.Phase.CLOSED);
        Node shown = switch (s.phase()) {
            case CLOSED -> new Label();
            case PIN_ENTRY -> pinPad(s);
            case OPEN -> open(s);
        };
        if (root.getChildren().size() != 1 || root.getChildren().get(0) != shown) {
            root.getChildren().setAll(shown);
        }
    }

    /** Built once and updated in place, so a digit tapped while the last one renders is never lost. */
    private final class PinPad {
        final Label dots = label("admin-pin-dots", "", 32);
        final Label notice = label("admin-notice", "", 20);
        final List<Button> digits = new java.util.ArrayList<>();
        final Button ok = button("admin-pin-ok", t.get("admin.pin.ok"), intents::submitPin);
        final VBox box;

        PinPad() {
            GridPane keys = new GridPane();
            keys.setHgap(12);
            keys.setVgap(12);
            keys.setAlignment(Pos.CENTER);
            for (int i = 1; i <= 9; i++) {
                keys.add(digit((char) ('0' + i)), (i - 1) % 3, (i - 1) / 3);
            }
            keys.add(key(button("admin-pin-delete", t.get("admin.pin.delete"), intents::deleteDigit)), 0, 3);
            keys.add(digit('0'), 1, 3);
            keys.add(key(ok), 2, 3);
            notice.setWrapText(true);
            box = new VBox(16, label("admin-pin-title", t.get("admin.pin.title"), 32), dots,
                    label("admin-pin-hint", t.get("admin.pin.hint"), 18), keys, notice,
                    button("admin-pin-cancel", t.get("admin.pin.cancel"), intents::exit));
            box.setAlignment(Pos.CENTER);
            box.setMaxWidth(520);
        }

        private Button digit(char d) {
            Button b = key(button("admin-pin-" + d, String.valueOf(d), () -> intents.digit(d)));
            digits.add(b);
            return b;
        }

        /** Every key of the pad the same size: digits, delete and OK. */
        private Button key(Button b) {
            b.setMinSize(96, 72);
            return b;
        }

        Node render(AdminState s) {
            dots.setText("●".repeat(s.pinLength()));
            styleNotice(notice, s);
            boolean locked = s.lockedUntil().isPresent();
            digits.forEach(b -> b.setDisable(locked));
            ok.setDisable(s.busy() || locked || s.pinLength() == 0);
            return box;
        }
    }

    private PinPad pad;

    private Node pinPad(AdminState s) {
        if (pad == null) {
            pad = new PinPad();
        }
        return pad.render(s);
    }

    private Node open(AdminState s) {
        BorderPane pane = new BorderPane();
        HBox top = new HBox(24, label("admin-title", t.get("admin.title"), 28), label("admin-staff", t.get("admin.staff", s.staffId()), 20),
                button("admin-exit", t.get("admin.exit"), intents::exit));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(16));
        VBox nav = new VBox(8);
        nav.setPadding(new Insets(16));
        for (AdminState.Section section : AdminState.Section.values()) {
            Button b = button("admin-nav-" + section.name(), t.get("admin.section." + section.name()), () -> intents.show(section));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setDefaultButton(section == s.section());
            nav.getChildren().add(b);
        }
        VBox content = new VBox(12);
        content.setId("admin-section-" + s.section().name());
        content.setPadding(new Insets(16));
        content.getChildren().add(label("admin-heading", t.get("admin.section." + s.section().name()), 24));
        content.getChildren().addAll(section(s));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        pane.setTop(top);
        pane.setLeft(nav);
        pane.setCenter(scroll);
        Node notice = notice(s);
        BorderPane.setMargin(notice, new Insets(16));
        pane.setBottom(notice);
        return pane;
    }

    private List<Node> section(AdminState s) {
        List<Node> out = new java.util.ArrayList<>();
        switch (s.section()) {
            case DEVICES -> {
                s.devices().forEach(d -> out.add(label("admin-device-" + d.id(), d.id() + "  " + d.kind() + "  " + d.summary(), 18)));
                s.devices().stream().filter(d -> d.kind().equals("receipt-printer")).forEach(d ->
                        out.add(button("admin-test-print-" + d.id(), t.get("admin.devices.test-print", d.id()), () -> intents.testPrint(d.id()))));
                out.add(button("admin-test-card", t.get("admin.devices.test-card"), intents::testCardRead));
                out.add(button("admin-test-scan", t.get("admin.devices.test-scan"), intents::testScan));
            }
            case PAPER -> s.paper().forEach(p -> {
                out.add(label("admin-paper-" + p.deviceId(), t.get("admin.paper.remaining", p.deviceId(), p.remainingMm())
                        + (p.low() ? " " + t.get("admin.paper.low") : ""), 18));
                out.add(button("admin-paper-refill-" + p.deviceId(), t.get("admin.paper.refill", p.deviceId()),
                        () -> intents.paperRefilled(p.deviceId())));
            });
            case SERVICES -> s.services().forEach(svc -> {
                HBox row = new HBox(12, label("admin-service-" + id(svc.serviceId()), svc.title() + "（" + svc.serviceId() + "）  "
                        + (svc.enabled() ? t.get("admin.service.on") : t.get("admin.service.off", svc.reason())), 18));
                if (svc.enabled()) {
                    for (String reason : AdminModel.REASONS) {
                        String shortKey = reason.substring("admin.reason.".length());
                        row.getChildren().add(button("admin-disable-" + id(svc.serviceId()) + "-" + shortKey,
                                t.get("admin.service.disable", t.get("admin.reason.short." + shortKey)),
                                () -> intents.disableService(svc.serviceId(), reason)));
                    }
                } else {
                    row.getChildren().add(button("admin-enable-" + id(svc.serviceId()), t.get("admin.service.enable"),
                            () -> intents.enableService(svc.serviceId())));
                }
                row.setAlignment(Pos.CENTER_LEFT);
                out.add(row);
            });
            case CONFIG -> {
                out.add(label("admin-config-version", t.get("admin.config.version", s.configVersion()), 18));
                out.add(button("admin-config-reload", t.get("admin.config.reload"), intents::reloadConfig));
            }
            case EVENTS -> {
                if (s.events().isEmpty()) {
                    out.add(label("admin-events-empty", t.get("admin.events.empty"), 18));
                }
                for (int i = 0; i < s.events().size(); i++) {
                    var e = s.events().get(i);
                    out.add(label("admin-event-" + i, java.time.LocalTime.ofInstant(e.at(), java.time.ZoneId.systemDefault())
                            .withNano(0) + "  " + e.source() + "  " + e.text(), 16));
                }
            }
            case CALLS -> {
                if (s.calls().isEmpty()) {
                    out.add(label("admin-calls-empty", t.get("admin.calls.empty"), 18));
                }
                s.calls().forEach(c -> {
                    HBox row = new HBox(12, label("admin-call-" + c.id(), t.get("admin.calls.raised", Date.from(c.raisedAt()), c.screen()), 18),
                            button("admin-answer-" + c.id(), t.get("admin.calls.answer"), () -> intents.answerCall(c.id())));
                    row.setAlignment(Pos.CENTER_LEFT);
                    out.add(row);
                });
            }
            case RESTART -> {
                out.add(label("admin-restart-hint", t.get("admin.restart.hint"), 18));
                out.add(button("admin-restart", t.get("admin.restart.button"), intents::restart));
            }
        }
        if (s.busy()) {
            out.forEach(n -> n.setDisable(n instanceof Button));
        }
        return out;
    }

    private Node notice(AdminState s) {
        Label notice = label("admin-notice", "", 20);
        styleNotice(notice, s);
        return notice;
    }

    private void styleNotice(Label notice, AdminState s) {
        notice.setText(s.notice().map(n -> t.get(n.key(), n.args().toArray())).orElse(""));
        notice.setStyle("-fx-font-size: 20px;" + s.notice().map(n -> n.ok() ? " -fx-text-fill: #1b5e20;" : " -fx-text-fill: #b71c1c;")
                .orElse(""));
    }

    /** A node id from a service id ("traffic.fines" -> "traffic_fines": a dot would read as a CSS class). */
    static String id(String serviceId) {
        return serviceId.replace('.', '_');
    }

    private static Label label(String id, String text, int size) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setStyle("-fx-font-size: " + size + "px;");
        return l;
    }

    /** The smallest a touch target may be each way, as on the residents' screens (docs/accessibility.md). */
    static final double MIN_TARGET = 64;

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setStyle("-fx-font-size: 18px; -fx-padding: 8 20 8 20;");
        b.setMinSize(MIN_TARGET, MIN_TARGET);
        b.setOnAction(e -> action.run());
        return b;
    }
}
