package kiosk.app.admin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.Subscription;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.PersonalData;
import kiosk.peripherals.printer.PrintTest;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.scanner.ScannedCode;

/** {@link AdminDevices} over the kiosk's DeviceManager: the same drivers residents use. */
public final class PeripheralAdminDevices implements AdminDevices {

    private final DeviceManager devices;

    public PeripheralAdminDevices(DeviceManager devices) {
        this.devices = devices;
    }

    @Override
    public List<DeviceRow> devices() {
        return devices.devices().stream().map(d -> new DeviceRow(d.id(),
                d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), d.status().state().name(),
                PersonalDataMask.mask(d.status().summary()), d.status().state().isUsable())).toList();
    }

    @Override
    public TestResult testPrint(String deviceId) {
        Optional<Device> device = devices.find(deviceId).filter(d -> d instanceof Printer);
        if (device.isEmpty()) {
            return TestResult.of(false, "admin.test.no-device", deviceId);
        }
        PrintTest.Result result = PrintTest.run((Printer) device.get(), LocalDateTime.now());
        if (result.succeeded()) {
            return TestResult.of(true, result.completion().confirmed() ? "admin.test.printed" : "admin.test.printed-unconfirmed",
                    result.completion().elapsed().toMillis());
        }
        return TestResult.of(false, "admin.test.print-failed", result.error().reason(), result.error().code());
    }

    @Override
    public TestResult testCardRead(Duration wait) {
        return awaitData(DeviceKind.ID_CARD_READER, CardIdentity.class, wait, "admin.test.no-card", card -> {
            try {
                return TestResult.of(true, "admin.test.card-read", card.cardType().name(),
                        PersonalData.maskIdNumber(card.documentNumber()));
            } finally {
                card.wipe();
            }
        });
    }

    @Override
    public TestResult testScan(Duration wait) {
        return awaitData(DeviceKind.QR_SCANNER, ScannedCode.class, wait, "admin.test.no-scan",
                code -> TestResult.of(true, "admin.test.scanned", code.text().length(), code.source().name()));
    }

    private <T> TestResult awaitData(DeviceKind kind, Class<T> type, Duration wait, String timeoutKey,
                                     java.util.function.Function<T, TestResult> describe) {
        Optional<Device> device = devices.byKind(kind).stream().findFirst();
        if (device.isEmpty()) {
            return TestResult.of(false, "admin.test.no-device", kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        CompletableFuture<T> first = new CompletableFuture<>();
        Subscription subscription = device.get().subscribe(event -> {
            if (event instanceof DeviceEvent.Data<?> data && type.isInstance(data.payload())) {
                first.complete(type.cast(data.payload()));
            }
        });
        try {
            return describe.apply(first.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return TestResult.of(false, timeoutKey, wait.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TestResult.of(false, timeoutKey, wait.toSeconds());
        } catch (ExecutionException e) {
            return TestResult.of(false, "admin.test.failed", e.getCause().getClass().getSimpleName());
        } finally {
            subscription.close();
        }
    }
}
