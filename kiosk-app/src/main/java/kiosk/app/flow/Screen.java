package kiosk.app.flow;

/** The screens of a resident's visit, in the order they usually come. */
public enum Screen {
    ATTRACT,
    LANGUAGE,
    INSERT_CARD,
    MENU,
    VIOLATIONS,
    PAYMENT,
    PRINTING,
    DONE,
    ERROR
}
