package kiosk.app.demo;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import kiosk.app.model.BackendException;
import kiosk.app.backend.KioskBackend;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.VisitEngine;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.transport.InProcessChannel;

/**
 * The demo's second window: a person plays the resident and the lobby. Insert or remove a virtual ID
 * card, pay the order on screen as a phone would, present a QR code, see every printed receipt as an
 * image, and trigger every fault the simulators know. It acts on the simulators and the stub only; the
 * kiosk reacts through its real drivers.
 */
public final class SimulatorPanel {

    private final ResourceBundle texts;
    private final SimulatorRack rack;
    private final KioskBackend backend;
    private final ExecutorService io;
    private final VBox root = new VBox(8);
    private final Label statuses = new Label();
    private final Label paymentState = new Label();
    private final Button pay = new Button();
    private final ImageView receiptImage = new ImageView();
    private final Label receiptCaption = new Label();
    private volatile String pendingOrderId;

    public SimulatorPanel(Language language, SimulatorRack rack, KioskBackend backend, ExecutorService io) {
        this.texts = ResourceBundle.getBundle("kiosk.app.demo.panel", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.rack = rack;
        this.backend = backend;
        this.io = io;
        build();
    }

    /** The window title, in the panel's language. */
    public String title() {
        return t("panel.title");
    }

    public Parent root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-font-family: 'Noto Sans SC'; -fx-font-size: 14px;");
        return scroll;
    }

    /** Follows the kiosk: the pay button is live while an order waits for payment. */
    public Consumer<FlowState> flowListener() {
        return state -> {
            String orderId = state.model() instanceof ScreenModel.Payment p ? p.orderId() : null;
            pendingOrderId = orderId;
            Platform.runLater(() -> {
                pay.setDisable(orderId == null);
                paymentState.setText(orderId == null ? t("panel.payment.none") : t("panel.payment.order", orderId));
            });
        };
    }

    /** Shows device statuses as the device manager reports them. */
    public void showStatuses(List<String> lines) {
        Platform.runLater(() -> statuses.setText(String.join("\n", lines)));
    }

    public static String describe(String deviceId, DeviceStatus status) {
        return deviceId + ": " + status.summary();
    }

    private void build() {
        root.setPadding(new Insets(12));
        Label title = new Label(t("panel.title"));
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        root.getChildren().addAll(title, section(t("panel.devices"), statuses));
        rack.first(SamModuleSimulator.class).ifPresent(sim -> root.getChildren().add(cardSection(sim)));
        root.getChildren().add(paymentSection());
        rack.first(SerialScannerSimulator.class).ifPresent(sim -> root.getChildren().add(scannerSection(sim)));
        rack.first(EscPosPrinterSimulator.class).ifPresent(sim -> root.getChildren().add(printerSection(sim)));
    }

    private Node cardSection(SamModuleSimulator sim) {
        ComboBox<CardChoice> cards = new ComboBox<>(FXCollections.observableArrayList(
                SampleCards.demoResidents().stream().map(CardChoice::new).toList()));
        cards.getSelectionModel().selectFirst();
        Button insert = button("panel.card.insert", "sim-card-insert", () -> sim.insert(cards.getValue().card()));
        Button remove = button("panel.card.remove", "sim-card-remove", sim::remove);
        Button wrong = button("panel.card.wrong", "sim-card-wrong", sim::insertNonIdCard);
        Button foreign = button("panel.card.foreign", "sim-card-foreign", () -> sim.insert(SampleCards.foreignResident()));
        ComboBox<SamModuleSimulator.Fault> faults = new ComboBox<>(FXCollections.observableArrayList(SamModuleSimulator.Fault.values()));
        faults.getSelectionModel().selectFirst();
        Button inject = button("panel.fault.inject", "sim-card-fault", () -> sim.injectOnce(faults.getValue()));
        CheckBox slow = new CheckBox(t("panel.slow"));
        slow.setOnAction(e -> sim.setReplyDelay(slow.isSelected() ? Duration.ofMillis(800) : Duration.ZERO));
        CheckBox selfTest = new CheckBox(t("panel.selftest"));
        selfTest.setOnAction(e -> sim.setSelfTestFailed(selfTest.isSelected()));
        return section(t("panel.card"), new VBox(6, cards, flow(insert, remove, wrong, foreign),
                flow(new Label(t("panel.fault")), faults, inject), flow(slow, selfTest), cable(deviceIdOf(sim))));
    }

    private Node paymentSection() {
        pay.setText(t("panel.payment.pay"));
        pay.setId("sim-pay");
        pay.setDisable(true);
        paymentState.setText(t("panel.payment.none"));
        pay.setOnAction(e -> {
            String orderId = pendingOrderId;
            if (orderId == null) {
                return;
            }
            io.execute(() -> {
                try {
                    backend.simulatePayment(orderId);
                    Platform.runLater(() -> paymentState.setText(t("panel.payment.paid")));
                } catch (BackendException ex) {
                    Platform.runLater(() -> paymentState.setText(t("panel.payment.failed", ex.code())));
                }
            });
        });
        return section(t("panel.payment"), new VBox(6, paymentState, pay));
    }

    private Node scannerSection(SerialScannerSimulator sim) {
        TextField code = new TextField("https://gab.example.gov.cn/id/e-cert/7F3A9C");
        Button present = button("panel.scanner.present", "sim-scan", () -> sim.present(code.getText()));
        Button oversized = button("panel.scanner.oversized", "sim-scan-oversized", () -> sim.presentOversized(64 * 1024));
        // A resident's phone payment code (付款码): backend-stub accepts each STUBPAY code once, as wallets do.
        Button paymentCode = button("panel.scanner.payment-code", "sim-scan-payment-code",
                () -> sim.present("STUBPAY-DEMO-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT)));
        return section(t("panel.scanner"), new VBox(6, code, flow(present, paymentCode, oversized), cable(deviceIdOf(sim))));
    }

    private Node printerSection(EscPosPrinterSimulator sim) {
        receiptImage.setPreserveRatio(true);
        receiptImage.setFitWidth(360);
        receiptCaption.setText(t("panel.printer.none"));
        sim.addListener(this::showReceipt);
        FlowPane faults = flow(
                button("panel.printer.near-end", "sim-paper-near-end", () -> sim.nearEndAfterMm(0)),
                button("panel.printer.out", "sim-paper-out", () -> sim.runOutOfPaperAfterMm(0)),
                button("panel.printer.out-mid", "sim-paper-out-mid", () -> sim.runOutOfPaperAfterMm(40)),
                button("panel.printer.load", "sim-paper-load", sim::loadPaper),
                button("panel.printer.cover-open", "sim-cover-open", sim::openCover),
                button("panel.printer.cover-close", "sim-cover-close", sim::closeCover),
                button("panel.printer.jam", "sim-jam", sim::jam),
                button("panel.printer.clear-jam", "sim-clear-jam", sim::clearJam),
                button("panel.printer.cutter", "sim-cutter", sim::failNextCut),
                button("panel.printer.repair-cutter", "sim-repair-cutter", sim::repairCutter));
        CheckBox slow = new CheckBox(t("panel.slow"));
        slow.setOnAction(e -> {
            if (slow.isSelected()) {
                sim.setSlow(Duration.ofMillis(30), 64);
            } else {
                sim.setNormalSpeed();
            }
        });
        return section(t("panel.printer"), new VBox(6, faults, flow(slow, cable(deviceIdOf(sim))), receiptCaption, receiptImage));
    }

    private void showReceipt(PrintedReceipt receipt) {
        var image = SwingFXUtils.toFXImage(receipt.image(), null);
        Platform.runLater(() -> {
            receiptImage.setImage(image);
            receiptCaption.setText(t("panel.printer.receipts", receipt.number())
                    + (receipt.complete() ? "" : " " + t("panel.printer.incomplete")));
        });
    }

    /** Unplug / plug back in: the driver sees the device vanish and come back. */
    private Node cable(String deviceId) {
        InProcessChannel channel = deviceId == null ? null : rack.channel(deviceId).orElse(null);
        if (channel == null) {
            return new Label(t("panel.missing"));
        }
        Button unplug = new Button(t("panel.unplug"));
        unplug.setId("sim-unplug-" + deviceId);
        unplug.setOnAction(e -> channel.unplug());
        Button replug = new Button(t("panel.replug"));
        replug.setId("sim-replug-" + deviceId);
        replug.setOnAction(e -> channel.replug());
        return flow(unplug, replug);
    }

    private String deviceIdOf(Object simulator) {
        return rack.slots().entrySet().stream().filter(e -> e.getValue().simulator() == simulator)
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static FlowPane flow(Node... nodes) {
        FlowPane pane = new FlowPane(6, 6, nodes);
        pane.setPrefWrapLength(420);
        return pane;
    }

    private static TitledPane section(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        return pane;
    }

    private String t(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /** A sample card shown by masked name and number, as staff would see it. */
    private record CardChoice(CardIdentity card) {
        @Override
        public String toString() {
            return Identification.maskName(card.displayName()) + "  " + Identification.maskIdNumber(card.documentNumber());
        }
    }
}
