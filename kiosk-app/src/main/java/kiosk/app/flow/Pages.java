package kiosk.app.flow;

import java.util.List;

/**
 * Long lists (options, basket lines, services, information rows) shown a page at a time, with page
 * buttons, rather than behind a scrollbar: fewer items on a page in elder mode. The engine keeps the
 * page (it survives every re-render); views show {@link #slice} and the page buttons.
 */
public final class Pages {

    private Pages() {
    }

    /** Items on one page of this screen's list; 0 when the screen has no list. */
    public static int size(ScreenModel model, boolean elder) {
        if (model instanceof ScreenModel.Choice c) {
            // Options with a detail line (fines, vehicles) take two or three lines each.
            boolean tall = c.options().stream().anyMatch(o -> o.detail() != null);
            return tall ? (elder ? 1 : 3) : (elder ? 3 : 5);
        } else if (model instanceof ScreenModel.Basket) {
            return elder ? 2 : 3;
        } else if (model instanceof ScreenModel.Menu) {
            return elder ? 4 : 12;
        } else if (model instanceof ScreenModel.Info) {
            return elder ? 3 : 6;
        } else if (model instanceof ScreenModel.Confirm) {
            return elder ? 3 : 8;
        }
        return 0;
    }

    /** How many items the screen's list has. */
    public static int count(ScreenModel model) {
        if (model instanceof ScreenModel.Choice c) {
            return c.options().size();
        } else if (model instanceof ScreenModel.Basket b) {
            return b.lines().size();
        } else if (model instanceof ScreenModel.Menu m) {
            return m.groups().stream().mapToInt(g -> g.services().size()).sum();
        } else if (model instanceof ScreenModel.Info i) {
            return i.rows().size();
        } else if (model instanceof ScreenModel.Confirm c) {
            return c.rows().size();
        }
        return 0;
    }

    /** The last page's index (0 when everything fits on one). */
    public static int last(ScreenModel model, boolean elder) {
        int size = size(model, elder);
        int count = count(model);
        return size == 0 || count == 0 ? 0 : (count - 1) / size;
    }

    /** The items of {@code page}. */
    public static <T> List<T> slice(List<T> items, int page, int size) {
        if (size <= 0) {
            return items;
        }
        int from = Math.min(items.size(), page * size);
        return items.subList(from, Math.min(items.size(), from + size));
    }
}
