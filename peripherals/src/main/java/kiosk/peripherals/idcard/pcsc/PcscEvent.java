package kiosk.peripherals.idcard.pcsc;

/** A hot-plug change seen by {@link PcscMonitor}: readers and cards coming and going. */
public sealed interface PcscEvent {

    String reader();

    record ReaderAdded(String reader) implements PcscEvent {
    }

    record ReaderRemoved(String reader) implements PcscEvent {
    }

    record CardInserted(String reader) implements PcscEvent {
    }

    record CardRemoved(String reader) implements PcscEvent {
    }
}
