package kiosk.peripherals.idcard.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import kiosk.peripherals.device.CardReaderDetail;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceState;
import org.junit.jupiter.api.Test;

class PcscTest {

    /** SELECT the ICAO eMRTD applet A0 00 00 02 47 10 01, the first APDU of any ICAO 9303 driver. */
    private static final CommandAPDU SELECT_MRTD = new CommandAPDU(0x00, 0xA4, 0x04, 0x0C,
            new byte[] {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01});
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final FakeSmartcardio.Terminals fake = new FakeSmartcardio.Terminals();
    private final AtomicInteger factoryCalls = new AtomicInteger();
    private final PcscTerminals terminals = new PcscTerminals(() -> {
        factoryCalls.incrementAndGet();
        return fake;
    });

    @Test
    void noReadersIsAnEmptyListWhetherEmptyOrScardENoReadersAvailable() throws Exception {
        assertThat(terminals.list()).isEmpty();
        fake.failure = new CardException("list() failed", new Exception("SCARD_E_NO_READERS_AVAILABLE"));
        assertThat(terminals.list()).isEmpty();
        assertThat(terminals.recreations()).isZero();
    }

    @Test
    void aFailingProviderIsCreatedAfreshAndTriedOnceMore() throws Exception {
        FakeSmartcardio.Terminal reader = new FakeSmartcardio.Terminal("ACS ACR1281 PICC");
        FakeSmartcardio.Terminals broken = new FakeSmartcardio.Terminals();
        broken.failure = new CardException("list() failed", new Exception("SCARD_E_SERVICE_STOPPED"));
        fake.attached.add(reader);
        AtomicInteger calls = new AtomicInteger();
        PcscTerminals recovering = new PcscTerminals(() -> calls.incrementAndGet() == 1 ? broken : fake);

        assertThat(recovering.list()).containsExactly(reader);
        assertThat(recovering.recreations()).isEqualTo(1);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aProviderThatStaysBrokenIsATypedNoDeviceError() {
        fake.failure = new CardException("list() failed", new Exception("SCARD_E_NO_SERVICE"));
        assertThatThrownBy(terminals::list).isInstanceOf(PcscException.class)
                .hasFieldOrPropertyWithValue("reason", "pcsc.unavailable")
                .hasFieldOrPropertyWithValue("code", CompletionCode.NO_DEVICE);
        assertThat(factoryCalls).hasValue(2);
        fake.failure = null;
        fake.crash = new IllegalStateException("no libpcsclite");
        assertThatThrownBy(terminals::list).hasFieldOrPropertyWithValue("reason", "pcsc.unavailable");
    }

    @Test
    void monitorReportsReadersAndCardsComingAndGoing() throws Exception {
        PcscMonitor monitor = new PcscMonitor(terminals);
        assertThat(monitor.poll()).isEmpty();

        FakeSmartcardio.Terminal reader = new FakeSmartcardio.Terminal("Reader A");
        fake.attached.add(reader);
        assertThat(monitor.poll()).containsExactly(new PcscEvent.ReaderAdded("Reader A"));

        reader.cardPresent = true;
        assertThat(monitor.poll()).containsExactly(new PcscEvent.CardInserted("Reader A"));
        assertThat(monitor.poll()).isEmpty();

        reader.cardPresent = false;
        assertThat(monitor.poll()).containsExactly(new PcscEvent.CardRemoved("Reader A"));

        reader.cardPresent = true;
        monitor.poll();
        fake.attached.clear();
        assertThat(monitor.poll()).containsExactly(new PcscEvent.CardRemoved("Reader A"), new PcscEvent.ReaderRemoved("Reader A"));
    }

    @Test
    void transmitsAnApduWithinItsTimeout() throws Exception {
        FakeSmartcardio.Terminal reader = readerWithCard();
        reader.script.add(new byte[] {(byte) 0x90, 0x00});
        try (ApduChannel channel = new PcscApduChannel(reader, "*")) {
            assertThat(channel.transmit(SELECT_MRTD, TIMEOUT).getSW()).isEqualTo(0x9000);
            assertThat(channel.atr(TIMEOUT)).startsWith(0x3B);
            assertThat(channel.readerName()).isEqualTo("Reader A");
        }
    }

    @Test
    void removedCardIsReconnectedOnceAndTheCommandRepeated() throws Exception {
        FakeSmartcardio.Terminal reader = readerWithCard();
        reader.script.add(new CardException("transmit() failed", new Exception("SCARD_W_REMOVED_CARD")));
        reader.script.add(new byte[] {(byte) 0x90, 0x00});
        try (ApduChannel channel = new PcscApduChannel(reader, "*")) {
            assertThat(channel.transmit(SELECT_MRTD, TIMEOUT).getSW()).isEqualTo(0x9000);
            assertThat(reader.connects).hasValue(2);
        }
    }

    @Test
    void cardGoneForGoodIsATypedErrorAfterOneReconnect() throws Exception {
        FakeSmartcardio.Terminal reader = readerWithCard();
        reader.script.add(new CardException("transmit() failed", new Exception("SCARD_W_REMOVED_CARD")));
        try (ApduChannel channel = new PcscApduChannel(reader, "*")) {
            reader.cardPresent = false; // the reconnect finds no card: CardNotPresentException
            assertThatThrownBy(() -> channel.transmit(SELECT_MRTD, TIMEOUT))
                    .isInstanceOf(PcscException.class)
                    .hasFieldOrPropertyWithValue("reason", "pcsc.card-removed")
                    .hasFieldOrPropertyWithValue("code", CompletionCode.USER_ERROR);
            assertThat(reader.connects).hasValue(2);
        }
    }

    @Test
    void aHangingCardIsATimeout() throws Exception {
        FakeSmartcardio.Terminal reader = readerWithCard();
        reader.transmitDelayMillis = 2_000;
        try (ApduChannel channel = new PcscApduChannel(reader, "*")) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> channel.transmit(SELECT_MRTD, Duration.ofMillis(150)))
                    .hasFieldOrPropertyWithValue("reason", "pcsc.timeout")
                    .hasFieldOrPropertyWithValue("code", CompletionCode.TIME_OUT);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_500);
            reader.transmitDelayMillis = 0;
            reader.script.add(new byte[] {(byte) 0x90, 0x00});
            assertThat(channel.transmit(SELECT_MRTD, TIMEOUT).getSW()).isEqualTo(0x9000);
        }
    }

    @Test
    void readerDeviceFollowsHotPlugAsStatusEvents() throws Exception {
        PcscReaderDevice device = new PcscReaderDevice("pcsc-1", DeviceKind.ID_CARD_READER, terminals, "acr");
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        device.subscribe(events::add);

        assertThatThrownBy(device::open).hasFieldOrPropertyWithValue("reason", "pcsc.no-reader");
        assertThat(device.status().state()).isEqualTo(DeviceState.NO_DEVICE);

        FakeSmartcardio.Terminal reader = new FakeSmartcardio.Terminal("ACS ACR1281 1S Dual Reader PICC 0");
        fake.attached.add(new FakeSmartcardio.Terminal("Other Reader"));
        fake.attached.add(reader);
        device.open();
        assertThat(device.readerName()).contains("ACS ACR1281 1S Dual Reader PICC 0");
        assertThat(device.status().detail()).isEqualTo(CardReaderDetail.NO_CARD);

        reader.cardPresent = true;
        assertThat(device.checkHealth().detail()).isEqualTo(CardReaderDetail.CARD_PRESENT);
        reader.script.add(new byte[] {(byte) 0x90, 0x00});
        try (ApduChannel channel = device.openChannel()) {
            assertThat(channel.transmit(SELECT_MRTD, TIMEOUT).getSW()).isEqualTo(0x9000);
        }

        reader.cardPresent = false;
        assertThat(device.checkHealth().detail()).isEqualTo(CardReaderDetail.NO_CARD);

        fake.attached.remove(reader);
        assertThat(device.checkHealth().state()).isEqualTo(DeviceState.NO_DEVICE);
        assertThat(device.isOpen()).isFalse();

        fake.attached.add(reader);
        device.open();
        assertThat(device.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(events).filteredOn(e -> e instanceof DeviceEvent.StatusChanged)
                .extracting(e -> ((DeviceEvent.StatusChanged) e).current().detail())
                .contains(CardReaderDetail.CARD_PRESENT, CardReaderDetail.NO_CARD);
    }

    @Test
    void pcscServiceGoneMakesTheDeviceNoDevice() throws Exception {
        fake.attached.add(new FakeSmartcardio.Terminal("Reader A"));
        PcscReaderDevice device = new PcscReaderDevice("pcsc-1", DeviceKind.ID_CARD_READER, terminals, "");
        device.open();
        fake.failure = new CardException("list() failed", new Exception("SCARD_E_NO_SERVICE"));
        assertThat(device.checkHealth().state()).isEqualTo(DeviceState.NO_DEVICE);
        assertThat(device.status().reason()).isEqualTo("pcsc.unavailable");
    }

    @Test
    void catalogBuildsThePcscDriverAndWithoutAReaderItIsNoDevice() throws Exception {
        kiosk.peripherals.catalog.DriverCatalog catalog =
                kiosk.peripherals.catalog.DriverCatalog.standard(new kiosk.peripherals.sim.SimulatorRack());
        assertThat(catalog.drivers()).contains("pcsc", "sam-simulator", "sam-tcp", "sam-serial");
        kiosk.peripherals.device.Device device = catalog.create(new kiosk.peripherals.device.DeviceSpec("pcsc-1",
                DeviceKind.ID_CARD_READER, "pcsc", java.util.Map.of("reader", "no such reader here")));
        assertThat(device).isInstanceOf(PcscReaderDevice.class);
        // this machine has no reader (and maybe no pcscd): either way a typed NO_DEVICE, never a crash
        assertThatThrownBy(device::open).isInstanceOf(PcscException.class)
                .hasFieldOrPropertyWithValue("code", CompletionCode.NO_DEVICE);
        assertThat(device.status().state()).isEqualTo(DeviceState.NO_DEVICE);
    }

    private FakeSmartcardio.Terminal readerWithCard() {
        FakeSmartcardio.Terminal reader = new FakeSmartcardio.Terminal("Reader A");
        reader.cardPresent = true;
        fake.attached.add(reader);
        return reader;
    }
}
