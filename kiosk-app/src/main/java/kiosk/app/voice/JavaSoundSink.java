package kiosk.app.voice;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The default sound card through javax.sound, with a 100 ms buffer so a cut-off is quick. */
public final class JavaSoundSink implements AudioSink {

    /** Whether the machine has any audio output line at all (a kiosk without a sound card has none). */
    public static boolean available() {
        try {
            return AudioSystem.getSourceLineInfo(new javax.sound.sampled.Line.Info(SourceDataLine.class)).length > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public Line open(AudioFormat format) throws IOException {
        SourceDataLine line;
        try {
            line = AudioSystem.getSourceDataLine(format);
            int bytes = Math.round(format.getFrameRate() / 10) * format.getFrameSize();
            line.open(format, bytes);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new IOException("no audio output: " + e.getMessage(), e);
        }
        line.start();
        return new Line() {
            @Override
            public void write(byte[] pcm, int offset, int length) {
                line.write(pcm, offset, length);
            }

            @Override
            public void drain() {
                line.drain();
            }

            @Override
            public void close() {
                line.stop();
                line.flush();
                line.close();
            }
        };
    }
}
