package kiosk.peripherals.idcard.sam.sim;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.sam.BaseInfo;
import kiosk.peripherals.idcard.sam.BaudRate;
import kiosk.peripherals.idcard.sam.SamClient;
import kiosk.peripherals.idcard.sam.SamCodec;
import kiosk.peripherals.idcard.sam.SamCommand;
import kiosk.peripherals.idcard.sam.SamFrameAssembler;
import kiosk.peripherals.idcard.sam.SamProtocolException;
import kiosk.peripherals.idcard.sam.SamStatus;
import kiosk.peripherals.sim.DeviceSimulator;
import kiosk.peripherals.transport.ByteTransport;

/**
 * A SAM module (the device side of the protocol), byte for byte: it parses request frames, keeps a
 * card in its field, answers find / select / read with real frames and status codes, and plays the
 * faults a lobby produces. As with a real module, after a successful read the card must leave the
 * field (remove and insert again) before find card succeeds again.
 *
 * <p>Faults injected with {@link #injectOnce(Fault)} apply to the next read-base-info reply;
 * {@link #setReplyDelay(Duration)} slows every reply; unplugging is done on the in-process channel
 * (or by closing the TCP connection).
 */
public final class SamModuleSimulator implements DeviceSimulator {

    /** One-shot faults for the next read-base-info. */
    public enum Fault {
        /** The card leaves the field during the read: the module answers 41 and the field is empty. */
        CARD_REMOVED_MID_READ,
        /** SW3 31: the card failed to authenticate the reader. */
        CARD_AUTH_FAILED,
        /** SW3 32: the reader failed to authenticate the card (a card that is not genuine). */
        READER_AUTH_FAILED,
        /** SW3 33: the information failed verification. */
        VERIFICATION_FAILED,
        /** SW3 41: read failed, card stays. */
        READ_FAILED,
        /** A preamble with an impossible length followed by noise. */
        CORRUPT_FRAME,
        /** A well-formed frame whose text block is garbage (lone surrogates). */
        CORRUPT_TEXT,
        /** Only the first part of the reply is sent. */
        TRUNCATED_FRAME,
        /** The reply's checksum byte is wrong. */
        BAD_CHECKSUM,
        /** Line noise before a good reply (the driver must skip it). */
        GARBAGE_BEFORE_FRAME
    }

    private static final byte[] SAM_ID = {0x05, 0x00, 0x01, 0x00, 0x20, 0x26, 0x11, 0x29, 0x00, 0x00, 0x30, 0x39,
            0x00, 0x00, 0x00, 0x2A};
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

    /** What lies in the field: a card's text, photo and appended address; or something that is no ID card. */
    private record InField(byte[] text, byte[] photo, String appendedAddress, boolean idCard) {
    }

    private final Object lock = new Object();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicInteger readsServed = new AtomicInteger();
    private final AtomicInteger requestsServed = new AtomicInteger();
    private InField card;
    private boolean selected;
    private boolean readDone;
    private boolean selfTestFailed;
    private BaudRate baud = BaudRate.B115200;
    private volatile Duration replyDelay = Duration.ZERO;
    private volatile boolean stopped;

    /** Places a card in the field (replacing any). */
    public void insert(CardIdentity identity) {
        String appended = identity instanceof ResidentIdCard r ? r.appendedAddress() : "";
        insertRaw(TextBlockEncoder.encode(identity), identity.photo().bytes(), appended);
    }

    /** Places a card with an arbitrary text block, e.g. a malformed or unsupported one. */
    public void insertRaw(byte[] text, byte[] photo, String appendedAddress) {
        synchronized (lock) {
            card = new InField(text.clone(), photo.clone(), appendedAddress, true);
            selected = false;
            readDone = false;
        }
    }

    /** Places something that answers RF but is no resident card (a transit card): read gives 40. */
    public void insertNonIdCard() {
        synchronized (lock) {
            card = new InField(new byte[0], new byte[0], "", false);
            selected = false;
            readDone = false;
        }
    }

    public void remove() {
        synchronized (lock) {
            card = null;
            selected = false;
            readDone = false;
        }
    }

    public boolean hasCard() {
        synchronized (lock) {
            return card != null;
        }
    }

    public void injectOnce(Fault fault) {
        synchronized (lock) {
            faults.add(fault);
        }
    }

    public int pendingFaults() {
        synchronized (lock) {
            return faults.size();
        }
    }

    /** Delay before every reply (a slow or overloaded module). */
    public void setReplyDelay(Duration delay) {
        replyDelay = delay;
    }

    /** While set, every command answers 60 (self-test failed). */
    public void setSelfTestFailed(boolean failed) {
        synchronized (lock) {
            selfTestFailed = failed;
        }
    }

    public BaudRate baud() {
        synchronized (lock) {
            return baud;
        }
    }

    /** Successful read-base-info replies sent so far. */
    public int readsServed() {
        return readsServed.get();
    }

    public int requestsServed() {
        return requestsServed.get();
    }

    @Override
    public void serve(ByteTransport side) {
        SamFrameAssembler assembler = new SamFrameAssembler();
        byte[] chunk = new byte[512];
        try {
            while (!stopped && side.isOpen()) {
                int n = side.read(chunk, Duration.ofMillis(100));
                if (n > 0) {
                    assembler.feed(chunk, 0, n);
                }
                while (true) {
                    byte[] reply;
                    try {
                        Optional<byte[]> request = assembler.next();
                        if (request.isEmpty()) {
                            break;
                        }
                        reply = answer(request.get());
                    } catch (SamProtocolException e) {
                        reply = SamCodec.reply(e.kind() == SamProtocolException.Kind.BAD_CHECKSUM
                                ? SamStatus.CHECKSUM_ERROR : SamStatus.LENGTH_ERROR, new byte[0]);
                    }
                    requestsServed.incrementAndGet();
                    delay();
                    side.write(reply, WRITE_TIMEOUT);
                }
            }
        } catch (IOException e) {
            // the link went away (unplugged, client closed): serve returns, the caller may serve again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends serving for good (the rack or TCP server is shutting down). */
    @Override
    public void stop() {
        stopped = true;
    }

    private void delay() throws InterruptedException {
        long millis = replyDelay.toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** One request body (CMD PARA DATA) to one complete reply frame. */
    private byte[] answer(byte[] body) {
        int cmd = body[0] & 0xFF;
        int para = body.length > 1 ? body[1] & 0xFF : -1;
        synchronized (lock) {
            if (body.length < 2) {
                return status(SamStatus.LENGTH_ERROR);
            }
            Optional<SamCommand> command = SamCommand.of(cmd, para);
            if (command.isEmpty()) {
                boolean knownCmd = Arrays.stream(SamCommand.values()).anyMatch(c -> c.cmd() == cmd);
                return status(knownCmd ? SamStatus.COMMAND_ERROR : SamStatus.UNRECOGNISED);
            }
            if (selfTestFailed && command.get() != SamCommand.RESET_SAM) {
                return status(SamStatus.SELF_TEST_FAILED);
            }
            return switch (command.get()) {
                case RESET_SAM -> {
                    selected = false;
                    yield status(selfTestFailed ? SamStatus.SELF_TEST_FAILED : SamStatus.SUCCESS);
                }
                case SAM_STATUS -> status(SamStatus.SUCCESS);
                case SAM_ID -> SamCodec.reply(SamStatus.SUCCESS, SAM_ID);
                case FIND_CARD -> card != null && !readDone
                        ? SamCodec.reply(SamStatus.FIND_CARD_OK, new byte[4]) : status(SamStatus.NO_CARD);
                case SELECT_CARD -> selectCard();
                case READ_BASE_INFO -> readBaseInfo();
                case READ_APPENDED_ADDRESS -> card == null || !card.idCard()
                        ? status(SamStatus.READ_FAILED)
                        : SamCodec.reply(SamStatus.SUCCESS,
                                TextBlockEncoder.field(card.appendedAddress(), SamClient.AppendedAddress.SIZE));
                case SET_BAUD -> setBaud(para);
            };
        }
    }

    private byte[] selectCard() {
        if (card == null || readDone) {
            return status(SamStatus.SELECT_FAILED);
        }
        selected = true;
        return SamCodec.reply(SamStatus.SUCCESS, new byte[8]);
    }

    private byte[] setBaud(int para) {
        Optional<BaudRate> rate = BaudRate.ofCode(para);
        if (rate.isEmpty()) {
            return status(SamStatus.COMMAND_ERROR);
        }
        baud = rate.get();
        return status(SamStatus.SUCCESS);
    }

    private byte[] readBaseInfo() {
        if (card == null || !selected) {
            return status(SamStatus.READ_FAILED);
        }
        if (!card.idCard()) {
            return status(SamStatus.WRONG_CARD_TYPE);
        }
        Fault fault = faults.poll();
        if (fault != null) {
            switch (fault) {
                case CARD_REMOVED_MID_READ:
                    card = null;
                    selected = false;
                    return status(SamStatus.READ_FAILED);
                case CARD_AUTH_FAILED:
                    return status(SamStatus.CARD_AUTH_FAILED);
                case READER_AUTH_FAILED:
                    return status(SamStatus.READER_AUTH_FAILED);
                case VERIFICATION_FAILED:
                    return status(SamStatus.VERIFICATION_FAILED);
                case READ_FAILED:
                    return status(SamStatus.READ_FAILED);
                default:
                    break;
            }
        }
        byte[] text = card.text();
        if (fault == Fault.CORRUPT_TEXT) {
            text = text.clone();
            for (int i = 0; i < 30; i += 2) {
                text[i] = 0x00;
                text[i + 1] = (byte) 0xDC; // lone low surrogates
            }
        }
        byte[] frame = SamCodec.reply(SamStatus.SUCCESS, BaseInfo.encode(text, card.photo()));
        if (fault == null || fault == Fault.CORRUPT_TEXT) {
            selected = false;
            readDone = true;
            readsServed.incrementAndGet();
            return frame;
        }
        return switch (fault) {
            case TRUNCATED_FRAME -> Arrays.copyOf(frame, frame.length / 2);
            case BAD_CHECKSUM -> {
                frame[frame.length - 1] ^= 0x5A;
                yield frame;
            }
            case CORRUPT_FRAME -> {
                byte[] noise = new byte[64];
                System.arraycopy(SamCodec.PREAMBLE, 0, noise, 0, SamCodec.PREAMBLE.length);
                noise[5] = (byte) 0xFF;
                noise[6] = (byte) 0xFF;
                for (int i = 7; i < noise.length; i++) {
                    noise[i] = (byte) (i * 37);
                }
                yield noise;
            }
            case GARBAGE_BEFORE_FRAME -> {
                selected = false;
                readDone = true;
                readsServed.incrementAndGet();
                byte[] noisy = new byte[frame.length + 7];
                byte[] garbage = {0x00, (byte) 0xAA, (byte) 0xAA, 0x13, (byte) 0x96, 0x69, 0x7F};
                System.arraycopy(garbage, 0, noisy, 0, garbage.length);
                System.arraycopy(frame, 0, noisy, garbage.length, frame.length);
                yield noisy;
            }
            default -> frame;
        };
    }

    private static byte[] status(SamStatus status) {
        return SamCodec.reply(status, new byte[0]);
    }
}
