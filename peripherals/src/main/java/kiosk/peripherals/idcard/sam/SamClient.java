package kiosk.peripherals.idcard.sam;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.IdCardDataException;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.TextBlockLayout;
import kiosk.peripherals.idcard.TextBlockParser;
import kiosk.peripherals.transport.ByteTransport;
import kiosk.peripherals.transport.TransportException;

/**
 * The SAM command set over one byte transport: one request, one reply, each bounded by a timeout.
 * Not thread-safe; the device serialises access. After a timeout it skips late replies that do
 * not fit the next command, because SAM replies do not name the command they answer.
 */
public final class SamClient {


    private final ByteTransport transport;
    private final SamFrameReader reader;
    private final Duration commandTimeout;
    private final Duration readTimeout;
    private boolean staleRepliesPossible;

    /** With the module's usual timeouts: 500 ms per command, 3 s for reading the card. */
    public SamClient(ByteTransport transport) {
        this(transport, Duration.ofMillis(SamCommand.SAM_STATUS.typicalMillis()),
                Duration.ofMillis(SamCommand.READ_BASE_INFO.typicalMillis()));
    }

    /**
     * @param commandTimeout timeout of the short commands (reset, status, find, select ...)
     * @param readTimeout timeout of reading the card (base info, appended address)
     */
    public SamClient(ByteTransport transport, Duration commandTimeout, Duration readTimeout) {
        this.transport = transport;
        this.reader = new SamFrameReader(transport);
        this.commandTimeout = commandTimeout;
        this.readTimeout = readTimeout;
    }

    public void resetSam() throws DeviceException {
        expectSuccess(SamCommand.RESET_SAM, exchange(SamCommand.RESET_SAM, SamCommand.RESET_SAM.para()));
    }

    public void samStatus() throws DeviceException {
        expectSuccess(SamCommand.SAM_STATUS, exchange(SamCommand.SAM_STATUS, SamCommand.SAM_STATUS.para()));
    }

    /** The module's 16-byte SAM id, as upper-case hex. */
    public String samId() throws DeviceException {
        SamReply reply = exchange(SamCommand.SAM_ID, SamCommand.SAM_ID.para());
        expectSuccess(SamCommand.SAM_ID, reply);
        if (reply.data().length != 16) {
            throw new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY, "SAM id is not 16 bytes");
        }
        return SamCodec.toHex(reply.data()).replace(" ", "");
    }

    /** True when a card is in the field (9F), false for 80; anything else is an error. */
    public boolean findCard() throws DeviceException {
        SamReply reply = exchange(SamCommand.FIND_CARD, SamCommand.FIND_CARD.para());
        SamStatus status = statusOf(reply);
        if (status == SamStatus.FIND_CARD_OK) {
            return true;
        }
        if (status == SamStatus.NO_CARD) {
            return false;
        }
        throw new SamStatusException(status == SamStatus.SUCCESS ? SamStatus.UNRECOGNISED : status, SamCommand.FIND_CARD);
    }

    public void selectCard() throws DeviceException {
        expectSuccess(SamCommand.SELECT_CARD, exchange(SamCommand.SELECT_CARD, SamCommand.SELECT_CARD.para()));
    }

    public CardIdentity readBaseInfo() throws DeviceException {
        SamReply reply = exchange(SamCommand.READ_BASE_INFO, SamCommand.READ_BASE_INFO.para());
        byte[] data = reply.data();
        try {
            expectSuccess(SamCommand.READ_BASE_INFO, reply);
            return BaseInfo.decode(data);
        } finally {
            java.util.Arrays.fill(data, (byte) 0);
            reply.wipe();
        }
    }

    /** The address written on the card after a move (70 bytes UTF-16LE, space padded; "" when none). */
    public String readAppendedAddress() throws DeviceException {
        SamReply reply = exchange(SamCommand.READ_APPENDED_ADDRESS, SamCommand.READ_APPENDED_ADDRESS.para());
        byte[] data = reply.data();
        try {
            expectSuccess(SamCommand.READ_APPENDED_ADDRESS, reply);
            if (data.length == 0) {
                return "";
            }
            if (data.length % 2 != 0 || data.length > 2 * TextBlockLayout.SIZE) {
                throw new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY, "appended address has an odd length");
            }
            return AppendedAddress.decode(data);
        } finally {
            java.util.Arrays.fill(data, (byte) 0);
            reply.wipe();
        }
    }

    /** Copies of the frame buffers, for tests that check no personal data stays behind. */
    byte[][] buffersForTest() {
        return reader.buffersForTest();
    }

    public void setBaud(BaudRate rate) throws DeviceException {
        expectSuccess(SamCommand.SET_BAUD, exchange(SamCommand.SET_BAUD, rate.code()));
    }

    /** Find, select, read base info and, for resident cards, the appended address. */
    public CardIdentity readCard() throws DeviceException {
        selectCard();
        CardIdentity identity = readBaseInfo();
        if (identity instanceof ResidentIdCard resident) {
            String appended = readAppendedAddress();
            return appended.isEmpty() ? resident : resident.withAppendedAddress(appended);
        }
        return identity;
    }

    SamReply exchange(SamCommand command, int para) throws DeviceException {
        Duration timeout = command == SamCommand.READ_BASE_INFO || command == SamCommand.READ_APPENDED_ADDRESS
                ? readTimeout : commandTimeout;
        try {
            transport.discardInput();
            reader.reset();
            transport.write(SamCodec.request(command.cmd(), para, new byte[0]), timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                byte[] frame = reader.readFrame(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                SamReply reply;
                try {
                    reply = SamCodec.decodeReply(frame);
                } finally {
                    java.util.Arrays.fill(frame, (byte) 0); // the reply holds its own copy
                }
                if (!staleRepliesPossible || fits(command, reply)) {
                    staleRepliesPossible = false;
                    return reply;
                }
                reply.wipe();
                // a late answer to the request that timed out earlier: skip it, keep waiting for ours
            }
        } catch (SamProtocolException e) {
            staleRepliesPossible = e.kind() != SamProtocolException.Kind.LINK_LOST;
            throw e;
        } catch (TransportException e) {
            if (e.kind() == TransportException.Kind.TIMEOUT) {
                staleRepliesPossible = true;
                throw new SamProtocolException(SamProtocolException.Kind.TIMEOUT, "write timed out", e);
            }
            throw new SamProtocolException(SamProtocolException.Kind.LINK_LOST, e.getMessage(), e);
        } catch (IOException e) {
            throw new SamProtocolException(SamProtocolException.Kind.LINK_LOST, e.getMessage(), e);
        }
    }

    /**
     * Whether a reply has the shape of an answer to the command. SAM replies do not name the
     * command they answer, so after a timeout this is how a late reply is told from ours.
     * Failure statuses carry no data and fit any command.
     */
    static boolean fits(SamCommand command, SamReply reply) {
        Optional<SamStatus> status = reply.status();
        if (status.isEmpty()) {
            return true; // let the caller report it
        }
        int n = reply.data().length;
        if (!status.get().isSuccess()) {
            return n == 0;
        }
        return switch (command) {
            case RESET_SAM, SAM_STATUS, SET_BAUD -> status.get() == SamStatus.SUCCESS && n == 0;
            case SAM_ID -> status.get() == SamStatus.SUCCESS && n == 16;
            case FIND_CARD -> status.get() == SamStatus.FIND_CARD_OK;
            case SELECT_CARD -> status.get() == SamStatus.SUCCESS && n == 8;
            case READ_BASE_INFO -> status.get() == SamStatus.SUCCESS && n > 4;
            case READ_APPENDED_ADDRESS -> status.get() == SamStatus.SUCCESS && n > 0 && n % 2 == 0;
        };
    }

    private static SamStatus statusOf(SamReply reply) throws SamProtocolException {
        return reply.status().orElseThrow(() -> new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY,
                String.format("unknown status %02X", reply.sw3())));
    }

    private static void expectSuccess(SamCommand command, SamReply reply) throws DeviceException {
        SamStatus status = statusOf(reply);
        if (status != SamStatus.SUCCESS) {
            throw new SamStatusException(status == SamStatus.FIND_CARD_OK ? SamStatus.UNRECOGNISED : status, command);
        }
    }

    /** Decoding of the appended-address data, shared with the simulator. */
    public static final class AppendedAddress {
        public static final int SIZE = 70;

        private AppendedAddress() {
        }

        public static String decode(byte[] data) throws IdCardDataException {
            return TextBlockParser.decodeField(data, 0, data.length, "appendedAddress");
        }
    }
}
