package kiosk.app.flow;

/** A named, typed piece of what a service run has gathered (a query's answer, a choice, an input). */
public record Slot<T>(String name, Class<T> type) {

    public static <T> Slot<T> of(String name, Class<T> type) {
        return new Slot<>(name, type);
    }

    /** A slot holding a list (a query's rows). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Slot<java.util.List<T>> list(String name) {
        return new Slot<>(name, (Class) java.util.List.class);
    }

    public static Slot<ChoiceSet> choice(String name) {
        return new Slot<>(name, ChoiceSet.class);
    }

    public static Slot<String> text(String name) {
        return new Slot<>(name, String.class);
    }
}
