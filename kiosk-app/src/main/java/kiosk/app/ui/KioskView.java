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
import kiosk.app.flow.Progress;
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
import kiosk.app.ui.screens.Paging;
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
    private String shownHeader;
    private String shownNavigation;

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
    }

    /**
     * A keyboard-wedge scanner types its code as a fast burst ending in Enter; the kiosk has no text
     * fields, so typing by a person is only observed, never redirected. The code goes to the engine,
     * which keeps it only while a step needs it (an e-ID at the identification step). Listens on the
     * scene's root: in production every typed character is sent there (see {@link Lockdown}), and the
     * root may hold layers above this view (admin mode).
     */
    public void listenForScans(Node sceneRoot) {
        WedgeClassifier wedge = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        sceneRoot.addEventFilter(KeyEvent.KEY_TYPED, e -> {
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
        if (shown != null && changesInPlace(shown, state)) {
            // A countdown ticks every second: its words change in place, so a finger on a button while
            // the second turns over still presses that button.
            shown = state;
            updateInPlace(state, t);
            return;
        }
        if (shown != null && shown.model().equals(state.model()) && shown.language() == state.language()
                && shown.elder() == state.elder() && shown.page() == state.page()) {
            // The same screen under another layer ("one moment", a dialog, the idle warning): the screen
            // is kept, only the layers above it change.
            shown = state;
            layers(state, t);
            return;
        }
        // The first build of a view loads the controls' classes and parses the style sheets: a cold
        // start, not a slow screen (and logging it would start java.util.logging on the FX thread before
        // the first frame: 70 ms).
        boolean cold = shown == null;
        shown = state;
        long started = System.nanoTime();
        try {
            build(state, t);
        } finally {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > SLOW_RENDER_MS && !cold) {
                java.util.logging.Logger.getLogger(KioskView.class.getName()).warning(
                        "slow render of " + state.model().kind() + " (" + state.model().getClass().getSimpleName() + "): " + ms + " ms");
            }
        }
    }

    /** A render longer than this is logged: residents feel a screen that takes longer to answer a tap. */
    private static final long SLOW_RENDER_MS = 50;

    private void build(FlowState state, Texts t) {
        styleFor(state);
        // Header and navigation depend on little (language, mode, the kind of screen): kept while it holds.
        String headerKey = state.language() + "|" + state.elder() + "|" + Progress.of(state.model()) + "|"
                + (state.shows(ScreenModel.Attract.class) || state.shows(ScreenModel.LanguageChoice.class));
        if (!headerKey.equals(shownHeader)) {
            shownHeader = headerKey;
            frame.setTop(header(state, t));
        }
        frame.setCenter(fitted(screen(state, t)));
        String navigationKey = state.language() + "|" + state.elder() + "|" + state.model().kind();
        if (!navigationKey.equals(shownNavigation)) {
            shownNavigation = navigationKey;
            frame.setBottom(navigation(state, t));
        }
        layers(state, t);
    }

    /** The screen and what lies over it. */
    private void layers(FlowState state, Texts t) {
        root.getChildren().setAll(frame);
        if (state.busy()) {
            root.getChildren().add(busy(t));
        }
        if (state.overlay() != null) {
            root.getChildren().add(Dialogs.build(state.overlay(), t, flow, state.elder()));
        }
        if (state.idleWarningSeconds() > 0) {
            root.getChildren().add(idleWarning(state.idleWarningSeconds(), t));
        }
    }

    /** Elder mode (larger type, higher contrast) and Traditional shapes (zh-TW) are style classes on the root. */
    private void styleFor(FlowState state) {
        toggle("elder", state.elder());
        toggle("traditional", state.language() == Language.ZH_TW);
    }

    private void toggle(String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }

    /** Whether two snapshots differ only in what changes in place: the seconds of a countdown, or a typed key. */
    private static boolean changesInPlace(FlowState before, FlowState after) {
        if (before.language() != after.language() || before.busy() != after.busy()
                || before.elder() != after.elder() || before.page() != after.page()
                || !java.util.Objects.equals(before.overlay(), after.overlay())
                || (before.idleWarningSeconds() > 0) != (after.idleWarningSeconds() > 0)) {
            return false;
        }
        if (before.model() instanceof ScreenModel.Payment a && after.model() instanceof ScreenModel.Payment b) {
            return a.orderId().equals(b.orderId()) && a.warning() == b.warning() && a.canExtend() == b.canExtend()
                    && java.util.Objects.equals(a.codeProblem(), b.codeProblem());
        }
        if (before.model() instanceof ScreenModel.Form a && after.model() instanceof ScreenModel.Form b) {
            // A key typed: the keypad already shows it; only the input boxes take the new value.
            return a.serviceId().equals(b.serviceId()) && a.stepId().equals(b.stepId())
                    && a.activeName().equals(b.activeName()) && a.inputs().size() == b.inputs().size()
                    && a.active().value().isEmpty() == b.active().value().isEmpty();
        }
        return before.model().equals(after.model());
    }

    private void updateInPlace(FlowState state, Texts t) {
        if (state.model() instanceof ScreenModel.Payment payment) {
            PaymentView.updateCountdown(root, payment, t);
        } else if (state.model() instanceof ScreenModel.Form form) {
            FormView.updateValues(root, form);
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
            return AttractView.build(m, t, flow, state.elder());
        } else if (model instanceof ScreenModel.LanguageChoice) {
            return LanguageView.build(t, flow);
        } else if (model instanceof ScreenModel.Identify m) {
            return IdentifyView.build(m, t, state.elder());
        } else if (model instanceof ScreenModel.Menu m) {
            return MenuView.build(m, Paging.of(state), t, flow);
        } else if (model instanceof ScreenModel.Info m) {
            return InfoView.build(m, Paging.of(state), t, flow);
        } else if (model instanceof ScreenModel.Choice m) {
            return ChoiceView.build(m, Paging.of(state), t, flow);
        } else if (model instanceof ScreenModel.Form m) {
            return FormView.build(m, t, flow, state.elder());
        } else if (model instanceof ScreenModel.Confirm m) {
            return ConfirmView.build(m, Paging.of(state), t, flow);
        } else if (model instanceof ScreenModel.Basket m) {
            return BasketView.build(m, Paging.of(state), t, flow);
        } else if (model instanceof ScreenModel.Payment m) {
            return PaymentView.build(m, t, flow);
        } else if (model instanceof ScreenModel.Printing) {
            return PrintingView.build(t);
        } else if (model instanceof ScreenModel.Done m) {
            return DoneView.build(m, t, flow, state.elder());
        } else if (model instanceof ScreenModel.OutOfService m) {
            return OutOfServiceView.build(m, t, flow, state.elder());
        } else {
            return ErrorView.build((ScreenModel.Error) model, t, flow);
        }
    }

    private Node header(FlowState state, Texts t) {
        Label title = new Label(t.t("app.title"));
        title.getStyleClass().add("title");
        Label subtitle = new Label(t.t("app.subtitle"));
        subtitle.getStyleClass().add("subtitle");
        Progress step = Progress.of(state.model());
        VBox titles = new VBox(2, title);
        if (step == null) { // on flow screens the step bar says more than the subtitle
            titles.getChildren().add(subtitle);
        }
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
        return step == null ? header : new VBox(header, stepBar(step, t));
    }

    /** Identify → choose → confirm → pay → take the receipt, the current step marked (in words, not colour alone). */
    private static Node stepBar(Progress current, Texts t) {
        HBox bar = new HBox(10);
        bar.setAlignment(Pos.CENTER);
        bar.setId("step-bar");
        bar.getStyleClass().add("step-bar");
        for (Progress step : Progress.values()) {
            if (step.ordinal() > 0) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("step");
                bar.getChildren().add(arrow);
            }
            Label label = new Label(t.t("progress.step", step.ordinal() + 1, t.t(step.key())));
            label.setId("step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            label.getStyleClass().add(step == current ? "step-current" : step.ordinal() < current.ordinal() ? "step-done" : "step");
            bar.getChildren().add(label);
        }
        return bar;
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
        Button elder = new Button(t.t(state.elder() ? "nav.elder.off" : "nav.elder.on"));
        elder.setId("elder");
        elder.getStyleClass().add("secondary");
        elder.setOnAction(e -> flow.toggleElder());
        Button replay = new Button(t.t("nav.replay"));
        replay.setId("replay");
        replay.getStyleClass().add("secondary");
        replay.setOnAction(e -> flow.replayPrompt());
        Button help = new Button(t.t("nav.help"));
        help.setId("help");
        help.getStyleClass().addAll("secondary", "help");
        help.setOnAction(e -> flow.help());
        nav.getChildren().addAll(gap, elder, replay, help);
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
        dialog.setMaxSize(960, VBox.USE_PREF_SIZE);
        Dialogs.fullHeight(dialog);
        StackPane overlay = new StackPane(dialog);
        overlay.setId("idle-warning");
        overlay.getStyleClass().add("overlay");
        return overlay;
    }
}
