package kiosk.app.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.VisitEngine;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.screens.AttractView;
import kiosk.app.ui.screens.BasketView;
import kiosk.app.ui.screens.ChoiceView;
import kiosk.app.ui.screens.ConfirmView;
import kiosk.app.ui.screens.Dialogs;
import kiosk.app.ui.screens.DoneView;
import kiosk.app.ui.screens.ErrorView;
import kiosk.app.ui.screens.FormView;
import kiosk.app.ui.screens.IdentifyView;
import kiosk.app.ui.screens.InfoView;
import kiosk.app.ui.screens.LanguageView;
import kiosk.app.ui.screens.MenuView;
import kiosk.app.ui.screens.OutOfServiceView;
import kiosk.app.ui.screens.PaymentView;
import kiosk.app.ui.screens.PrintingView;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.wedge.WedgeClassifier;

/**
 * The kiosk's one window content: a header with the language switch, the current screen, navigation,
 * and overlays for "one moment" and the idle warning. It renders {@link FlowState} snapshots and
 * forwards input to the flow; nothing else.
 */
public final class KioskView {

    private final Messages messages;
    private final ResidentIntents flow;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private FlowState shown;

    public KioskView(Messages messages, ResidentIntents flow) {
        this.messages = messages;
        this.flow = flow;
        root.getStyleClass().add("kiosk");
        root.getStylesheets().add(KioskView.class.getResource("/kiosk/app/ui/kiosk.css").toExternalForm());
        root.getChildren().add(frame);
        // Every press or key means the resident is still here.
        root.addEventFilter(InputEvent.ANY, e -> {
            if (e.getEventType().getName().endsWith("PRESSED")) {
                flow.touch();
            }
        });
        // A keyboard-wedge scanner types its code as a fast burst ending in Enter; the kiosk has no text
        // fields, so typing by a person is only observed, never redirected. The code goes to the engine,
        // which keeps it only while a step needs it (an e-ID at the identification step).
        WedgeClassifier wedge = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            long now = System.nanoTime();
            for (char c : e.getCharacter().toCharArray()) {
                for (WedgeClassifier.Output out : wedge.key(c, now)) {
                    if (out instanceof WedgeClassifier.Scanned scanned) {
                        flow.codeScanned(scanned.code().text());
                    }
                }
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Subscribes to the flow; snapshots arrive on any thread and are rendered on the FX thread. */
    public Runnable bind(VisitEngine source) {
        Consumer<FlowState> onState = state -> {
            if (Platform.isFxApplicationThread()) {
                render(state);
            } else {
                Platform.runLater(() -> render(state));
            }
        };
        return source.subscribe(onState);
    }

    /** Renders one snapshot (FX thread). */
    public void render(FlowState state) {
        if (state.equals(shown)) {
            return;
        }
        Texts t = new Texts(messages, state.language());
        if (shown != null && onlyCountdownsMoved(shown, state)) {
            // A countdown ticks every second: its words change in place, so a finger on a button while
            // the second turns over still presses that button.
            shown = state;
            updateCountdowns(state, t);
            return;
        }
        shown = state;
        frame.setTop(header(state, t));
        frame.setCenter(fitted(screen(state, t)));
        frame.setBottom(navigation(state, t));
        root.getChildren().setAll(frame);
        if (state.busy()) {
            root.getChildren().add(busy(t));
        }
        if (state.overlay() != null) {
            root.getChildren().add(Dialogs.build(state.overlay(), t, flow));
        }
        if (state.idleWarningSeconds() > 0) {
            root.getChildren().add(idleWarning(state.idleWarningSeconds(), t));
        }
    }

    /** Whether two snapshots differ only in the seconds a countdown shows. */
    private static boolean onlyCountdownsMoved(FlowState before, FlowState after) {
        if (before.language() != after.language() || before.busy() != after.busy()
                || !java.util.Objects.equals(before.overlay(), after.overlay())
                || (before.idleWarningSeconds() > 0) != (after.idleWarningSeconds() > 0)) {
            return false;
        }
        if (before.model() instanceof ScreenModel.Payment a && after.model() instanceof ScreenModel.Payment b) {
            return a.orderId().equals(b.orderId()) && a.warning() == b.warning() && a.canExtend() == b.canExtend()
                    && java.util.Objects.equals(a.codeProblem(), b.codeProblem());
        }
        return before.model().equals(after.model());
    }

    private void updateCountdowns(FlowState state, Texts t) {
        if (state.model() instanceof ScreenModel.Payment payment) {
            PaymentView.updateCountdown(root, payment, t);
        }
        if (state.idleWarningSeconds() > 0 && root.lookup("#idle-message") instanceof Label message) {
            message.setText(t.t("idle.message", state.idleWarningSeconds()));
        }
    }

    /**
     * The screen between header and navigation: never taller than the space left, so the header and
     * the navigation (Back, Home, Help) stay on screen whatever a screen holds; what does not fit is cut
     * here, where the no-clipping test finds it.
     */
    private static Node fitted(Node screen) {
        StackPane area = new StackPane(screen);
        area.setMinSize(0, 0);
        if (screen instanceof Region region) {
            region.setMinHeight(0);
        }
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(area.widthProperty());
        clip.heightProperty().bind(area.heightProperty());
        area.setClip(clip);
        area.setId("screen-area");
        return area;
    }

    /** One renderer per kind of screen model. */
    private Node screen(FlowState state, Texts t) {
        ScreenModel model = state.model();
        if (model instanceof ScreenModel.Attract m) {
            return AttractView.build(m, t, flow);
        } else if (model instanceof ScreenModel.LanguageChoice) {
            return LanguageView.build(t, flow);
        } else if (model instanceof ScreenModel.Identify m) {
            return IdentifyView.build(m, t);
        } else if (model instanceof ScreenModel.Menu m) {
            return MenuView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Info m) {
            return InfoView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Choice m) {
            return ChoiceView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Form m) {
            return FormView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Confirm m) {
            return ConfirmView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Basket m) {
            return BasketView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Payment m) {
            return PaymentView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Printing) {
            return PrintingView.build(t);
        } else if (model instanceof ScreenModel.Done m) {
            return DoneView.build(m, t, flow);
        } else if (model instanceof ScreenModel.OutOfService m) {
            return OutOfServiceView.build(m, t, flow);
        } else {
            return ErrorView.build((ScreenModel.Error) model, t, flow);
        }
    }

    private Node header(FlowState state, Texts t) {
        Label title = new Label(t.t("app.title"));
        title.getStyleClass().add("title");
        Label subtitle = new Label(t.t("app.subtitle"));
        subtitle.getStyleClass().add("subtitle");
        VBox titles = new VBox(2, title, subtitle);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, titles, gap);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        if (!state.shows(ScreenModel.Attract.class) && !state.shows(ScreenModel.LanguageChoice.class)) {
            for (Language language : Language.values()) {
                Button button = new Button(language.nativeName());
                button.setId("switch-" + language.tag());
                button.getStyleClass().add("language");
                if (language == state.language()) {
                    button.getStyleClass().add("current");
                }
                button.setOnAction(e -> flow.chooseLanguage(language));
                header.getChildren().add(button);
            }
        }
        return header;
    }

    private Node navigation(FlowState state, Texts t) {
        HBox nav = new HBox(24);
        nav.getStyleClass().add("navigation");
        nav.setAlignment(Pos.CENTER_LEFT);
        ScreenModel model = state.model();
        boolean canGoBack = !(model instanceof ScreenModel.Attract || model instanceof ScreenModel.Menu
                || model instanceof ScreenModel.Printing || model instanceof ScreenModel.Done
                || model instanceof ScreenModel.Error);
        boolean canGoHome = !(model instanceof ScreenModel.Attract || model instanceof ScreenModel.Printing
                || model instanceof ScreenModel.Done || model instanceof ScreenModel.Error);
        if (canGoBack) {
            Button back = new Button(t.t("nav.back"));
            back.setId("back");
            back.getStyleClass().add("secondary");
            back.setOnAction(e -> flow.back());
            nav.getChildren().add(back);
        }
        if (canGoHome) {
            Button home = new Button(t.t("nav.home"));
            home.setId("home");
            home.getStyleClass().add("secondary");
            home.setOnAction(e -> flow.finish());
            nav.getChildren().add(home);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button replay = new Button(t.t("nav.replay"));
        replay.setId("replay");
        replay.getStyleClass().add("secondary");
        replay.setOnAction(e -> flow.replayPrompt());
        Button help = new Button(t.t("nav.help"));
        help.setId("help");
        help.getStyleClass().addAll("secondary", "help");
        help.setOnAction(e -> flow.help());
        nav.getChildren().addAll(gap, replay, help);
        return nav;
    }

    private Node busy(Texts t) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(80, 80);
        Label text = new Label(t.t("busy"));
        text.getStyleClass().add("body");
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setId("busy");
        box.getStyleClass().add("overlay");
        return box;
    }

    private Node idleWarning(int seconds, Texts t) {
        Label title = new Label(t.t("idle.title"));
        title.getStyleClass().add("heading");
        Label message = new Label(t.t("idle.message", seconds));
        message.setId("idle-message");
        message.getStyleClass().add("body");
        message.setWrapText(true);
        Button more = new Button(t.t("idle.continue"));
        more.setId("idle-continue");
        more.getStyleClass().add("primary");
        more.setOnAction(e -> flow.touch());
        VBox dialog = new VBox(24, title, message, more);
        dialog.setAlignment(Pos.CENTER);
        dialog.getStyleClass().add("dialog");
        dialog.setMaxSize(720, 360);
        StackPane overlay = new StackPane(dialog);
        overlay.setId("idle-warning");
        overlay.getStyleClass().add("overlay");
        return overlay;
    }
}
