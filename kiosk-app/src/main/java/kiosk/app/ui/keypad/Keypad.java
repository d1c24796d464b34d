package kiosk.app.ui.keypad;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kiosk.app.input.Entry;
import kiosk.app.input.EntryKind;
import kiosk.app.ui.Texts;

/**
 * An on-screen keypad for one {@link EntryKind}: a display, the kind's keys for what is typed so far,
 * and backspace / clear / confirm. Thin: every decision (which keys, which are enabled, when confirm
 * is) comes from {@link Entry}; this only renders it after each key. Every key is at least
 * {@link #KEY_SIZE} px square, whatever the style sheet says.
 */
public final class Keypad extends VBox {

    /** Smallest side of any key, px (the kiosk's touch-target minimum is 64). */
    public static final double KEY_SIZE = 72;

    private final Texts texts;
    private final Consumer<String> onChange;
    private final Consumer<String> onConfirm;
    private final Label display = new Label();
    private final VBox keys = new VBox(8);
    private final Button backspace;
    private final Button clear;
    private final Button confirm;
    private Entry entry;
    private List<List<String>> shownRows;

    public Keypad(EntryKind kind, Texts texts, Consumer<String> onConfirm) {
        this(kind, "", texts, value -> { }, onConfirm);
    }

    /**
     * A keypad showing {@code value} already typed; every key that changes it reports the whole value to
     * {@code onChange} (a form keeps it, so it survives a re-render), confirm reports it to {@code onConfirm}.
     */
    public Keypad(EntryKind kind, String value, Texts texts, Consumer<String> onChange, Consumer<String> onConfirm) {
        super(16);
        this.texts = Objects.requireNonNull(texts);
        this.onChange = Objects.requireNonNull(onChange);
        this.onConfirm = Objects.requireNonNull(onConfirm);
        this.entry = typedAlready(kind, value);
        getStyleClass().addAll("keypad", "keypad-" + kind.id());
        setAlignment(Pos.CENTER);
        display.getStyleClass().add("keypad-display");
        display.setId("keypad-display");
        keys.setAlignment(Pos.CENTER);
        backspace = action("keypad.backspace", "keypad-backspace", () -> update(entry.backspace()));
        clear = action("keypad.clear", "keypad-clear", () -> update(entry.cleared()));
        confirm = action("keypad.confirm", "keypad-confirm", () -> this.onConfirm.accept(entry.value()));
        confirm.getStyleClass().add("key-confirm");
        HBox actions = new HBox(8, backspace, clear, confirm);
        actions.setAlignment(Pos.CENTER);
        getChildren().addAll(display, keys, actions);
        update(entry);
    }

    /** What is typed now. */
    public Entry entry() {
        return entry;
    }

    /** Without its own display, where the screen shows the value elsewhere (a form's input box). */
    public Keypad withoutDisplay() {
        display.setVisible(false);
        display.setManaged(false);
        return this;
    }

    private static Entry typedAlready(EntryKind kind, String value) {
        Entry typed = kind.start();
        for (int cp : value.codePoints().toArray()) {
            typed = typed.type(Character.toString(cp)); // a character the rule refuses is left out
        }
        return typed;
    }

    private void update(Entry next) {
        boolean changed = entry != null && !next.value().equals(entry.value());
        entry = next;
        if (changed) {
            onChange.accept(entry.value());
        }
        display.setText(entry.isEmpty() ? texts.t("keypad." + entry.kind().id() + ".hint") : entry.value());
        display.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), entry.isEmpty());
        List<List<String>> rows = entry.kind().keyRows(entry.value());
        if (!rows.equals(shownRows)) {
            shownRows = rows;
            keys.getChildren().setAll(rows.stream().map(this::row).toList());
        }
        keys.getChildren().forEach(row -> ((HBox) row).getChildren()
                .forEach(node -> node.setDisable(!entry.canType((String) node.getUserData()))));
        backspace.setDisable(entry.isEmpty());
        clear.setDisable(entry.isEmpty());
        confirm.setDisable(!entry.complete());
    }

    private HBox row(List<String> row) {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER);
        for (String key : row) {
            Button button = sized(new Button(key));
            button.getStyleClass().add("key");
            button.setUserData(key);
            button.setId("key-" + key);
            button.setOnAction(e -> update(entry.type(key)));
            box.getChildren().add(button);
        }
        return box;
    }

    private Button action(String textKey, String id, Runnable run) {
        Button button = sized(new Button(texts.t(textKey)));
        button.getStyleClass().addAll("key", "key-action");
        button.setId(id);
        button.setOnAction(e -> run.run());
        return button;
    }

    private static Button sized(Button button) {
        button.setMinSize(KEY_SIZE, KEY_SIZE);
        button.setFocusTraversable(false);
        return button;
    }
}
