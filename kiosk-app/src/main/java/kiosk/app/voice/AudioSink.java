package kiosk.app.voice;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/** Where synthesised PCM goes: the sound card, or a buffer in tests and benchmarks. */
public interface AudioSink {

    /** Opens the sink for one utterance. */
    Line open(AudioFormat format) throws IOException;

    /** One open utterance. */
    interface Line extends AutoCloseable {

        void write(byte[] pcm, int offset, int length) throws IOException;

        /** Waits until what was written has been heard. */
        void drain();

        /** Drops what was not played yet. */
        @Override
        void close();
    }
}
