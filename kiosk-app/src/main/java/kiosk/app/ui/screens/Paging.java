package kiosk.app.ui.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Pages;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.ui.Texts;

/** Which page of a screen's list shows, and the page buttons (at least 64 px) when there is more than one. */
public record Paging(int page, int size, int last, boolean fewer) {

    public static Paging of(FlowState state) {
        return new Paging(state.page(), Pages.size(state.model(), state.elder()), Pages.last(state.model(), state.elder()),
                state.elder());
    }

    public <T> java.util.List<T> slice(java.util.List<T> items) {
        return Pages.slice(items, page, size);
    }

    /** "Previous page · page 2 of 3 · Next page", or null when everything fits on one page. */
    Node bar(Texts t, ResidentIntents flow) {
        if (last == 0) {
            return null;
        }
        Button previous = Ui.secondary(t.t("page.previous"), "page-previous", () -> flow.turnPage(-1));
        previous.setDisable(page == 0);
        Button next = Ui.secondary(t.t("page.next"), "page-next", () -> flow.turnPage(1));
        next.setDisable(page >= last);
        Label where = Ui.note(t.t("page.of", page + 1, last + 1));
        where.setId("page-of");
        HBox bar = new HBox(16, previous, where, next);
        bar.setAlignment(Pos.CENTER);
        bar.setId("pager");
        return bar;
    }
}
