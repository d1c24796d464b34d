package kiosk.peripherals.idcard.pcsc;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** Test doubles subclassing the abstract javax.smartcardio classes: no real reader needed. */
final class FakeSmartcardio {

    private FakeSmartcardio() {
    }

    /** What list() does next: return these terminals or throw. */
    static final class Terminals extends CardTerminals {
        final List<CardTerminal> attached = new ArrayList<>();
        volatile CardException failure;
        volatile RuntimeException crash;

        @Override
        public List<CardTerminal> list(State state) throws CardException {
            if (crash != null) {
                throw crash;
            }
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(attached);
        }

        @Override
        public boolean waitForChange(long timeout) {
            return false;
        }
    }

    static final class Terminal extends CardTerminal {
        private final String name;
        volatile boolean cardPresent;
        /** Scripted behaviour of the card's channel: each entry answers one transmit. */
        final Deque<Object> script = new ArrayDeque<>();
        final AtomicInteger connects = new AtomicInteger();
        volatile long transmitDelayMillis;

        Terminal(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            connects.incrementAndGet();
            if (!cardPresent) {
                throw new CardNotPresentException("no card present in " + name);
            }
            return new FakeCard(this);
        }

        @Override
        public boolean isCardPresent() {
            return cardPresent;
        }

        @Override
        public boolean waitForCardPresent(long timeout) {
            return cardPresent;
        }

        @Override
        public boolean waitForCardAbsent(long timeout) {
            return !cardPresent;
        }
    }

    static final class FakeCard extends Card {
        private final Terminal terminal;
        volatile boolean disconnected;

        FakeCard(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public ATR getATR() {
            return new ATR(new byte[] {0x3B, (byte) 0x8A, (byte) 0x80, 0x01});
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            return new FakeChannel(this, terminal);
        }

        @Override
        public CardChannel openLogicalChannel() throws CardException {
            throw new CardException("not supported by the fake");
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
            throw new CardException("not supported by the fake");
        }

        @Override
        public void disconnect(boolean reset) {
            disconnected = true;
        }
    }

    static final class FakeChannel extends CardChannel {
        private final FakeCard card;
        private final Terminal terminal;

        FakeChannel(FakeCard card, Terminal terminal) {
            this.card = card;
            this.terminal = terminal;
        }

        @Override
        public Card getCard() {
            return card;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            if (terminal.transmitDelayMillis > 0) {
                try {
                    Thread.sleep(terminal.transmitDelayMillis);
                } catch (InterruptedException e) {
                    throw new CardException("interrupted");
                }
            }
            Object next = terminal.script.poll();
            if (next instanceof CardException e) {
                throw e;
            }
            if (next instanceof byte[] response) {
                return new ResponseAPDU(response);
            }
            return new ResponseAPDU(new byte[] {0x6D, 0x00});
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
            ResponseAPDU r = transmit(new CommandAPDU(command));
            response.put(r.getBytes());
            return r.getBytes().length;
        }

        @Override
        public void close() {
        }
    }
}
