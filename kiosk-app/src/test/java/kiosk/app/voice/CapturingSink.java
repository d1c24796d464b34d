package kiosk.app.voice;

import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/** An {@link AudioSink} that keeps the PCM instead of playing it (no sound card on CI). */
final class CapturingSink implements AudioSink {

    final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    volatile AudioFormat format;

    @Override
    public Line open(AudioFormat format) {
        this.format = format;
        return new Line() {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (pcm) {
                    pcm.write(bytes, offset, length);
                }
            }

            @Override
            public void drain() {
            }

            @Override
            public void close() {
            }
        };
    }

    int bytes() {
        synchronized (pcm) {
            return pcm.size();
        }
    }
}
