package kiosk.app.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;

/**
 * The kiosk's {@link Voice}: prompts from the bundles, spoken one at a time on a voice thread of its
 * own. {@code say} only enqueues (a bounded queue; a newer prompt replaces what waits and cuts off what
 * plays); each utterance is cancelled when no audio started within {@code startTimeout} or it is still
 * speaking after {@code maxLength}. A failure is reported to the observer and logged once per kind,
 * never thrown at the flow.
 */
public final class SpokenPrompts implements Voice, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SpokenPrompts.class.getName());

    private final Messages messages;
    private final SpeechEngine engine;
    private final VoiceObserver observer;
    private final Duration startTimeout;
    private final Duration maxLength;
    private final BlockingQueue<Prompt> queue = new ArrayBlockingQueue<>(2);
    private final ExecutorService speaker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "voice-speaker");
        t.setDaemon(true);
        return t;
    });
    private final Thread worker;
    private volatile Prompt last;
    private volatile Prompt current;
    private volatile boolean closed;
    private volatile String lastFailure;

    public SpokenPrompts(Messages messages, SpeechEngine engine, VoiceObserver observer, Duration startTimeout,
                         Duration maxLength) {
        this.messages = Objects.requireNonNull(messages);
        this.engine = Objects.requireNonNull(engine);
        this.observer = Objects.requireNonNull(observer);
        this.startTimeout = startTimeout;
        this.maxLength = maxLength;
        this.worker = new Thread(this::run, "voice");
        worker.setDaemon(true);
        worker.start();
    }

    /** Defaults: audio within 2 s, no prompt longer than 30 s. */
    public SpokenPrompts(Messages messages, SpeechEngine engine, VoiceObserver observer) {
        this(messages, engine, observer, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    @Override
    public void say(String promptKey, Language language) {
        enqueue(new Prompt(promptKey, language, System.nanoTime()));
    }

    @Override
    public void replay() {
        Prompt p = last;
        if (p != null) {
            enqueue(new Prompt(p.key, p.language, System.nanoTime()));
        }
    }

    @Override
    public void stop() {
        queue.clear();
        cancelCurrent();
    }

    private void enqueue(Prompt prompt) {
        if (closed) {
            return;
        }
        last = prompt;
        queue.clear();
        cancelCurrent();
        queue.offer(prompt); // capacity 2 and cleared just before: never blocks, never fails
    }

    private void cancelCurrent() {
        Prompt playing = current;
        if (playing != null) {
            playing.cancelled = true;
        }
    }

    private void run() {
        while (!closed) {
            Prompt prompt;
            try {
                prompt = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            current = prompt;
            speak(prompt);
            current = null;
        }
    }

    private void speak(Prompt prompt) {
        if (prompt.cancelled) {
            return;
        }
        String key = "voice." + prompt.key;
        if (!messages.has(prompt.language, key)) {
            fail(prompt, "no text for " + key);
            return;
        }
        String text = messages.get(prompt.language, key);
        Future<?> job = speaker.submit(() -> {
            engine.speak(text, prompt.language, prompt);
            return null;
        });
        try {
            if (!prompt.audio.await(startTimeout, job)) {
                fail(prompt, "no audio within " + startTimeout.toMillis() + " ms");
                return;
            }
            observer.started(prompt.key, prompt.language, Duration.ofNanos(prompt.startedAt - prompt.saidAt));
            job.get(maxLength.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fail(prompt, "still speaking after " + maxLength.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            fail(prompt, cause instanceof IOException ? cause.getMessage() : String.valueOf(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            prompt.cancelled = true;
            job.cancel(true);
        }
    }

    private void fail(Prompt prompt, String reason) {
        prompt.cancelled = true;
        observer.failed(prompt.key, prompt.language, reason);
        if (!reason.equals(lastFailure)) {
            lastFailure = reason;
            LOG.log(Level.WARNING, "Voice prompt not spoken ({0}); the kiosk goes on without it", reason);
        }
    }

    @Override
    public void close() {
        closed = true;
        stop();
        worker.interrupt();
        speaker.shutdownNow();
    }

    /** One prompt to speak, and how far its speaking got. */
    private static final class Prompt implements SpeechEngine.Playback {
        final String key;
        final Language language;
        final long saidAt;
        final AudioStart audio = new AudioStart();
        volatile long startedAt;
        volatile boolean cancelled;

        Prompt(String key, Language language, long saidAt) {
            this.key = Objects.requireNonNull(key);
            this.language = Objects.requireNonNull(language);
            this.saidAt = saidAt;
        }

        @Override
        public void audioStarted() {
            if (startedAt == 0) {
                startedAt = System.nanoTime();
                audio.signal.complete(null);
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }

    /** Waits for the first audio, or for the engine to give up first. */
    private static final class AudioStart {
        final CompletableFuture<Void> signal = new CompletableFuture<>();

        boolean await(Duration timeout, Future<?> job) throws InterruptedException, ExecutionException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    signal.get(20, TimeUnit.MILLISECONDS);
                    return true;
                } catch (TimeoutException e) {
                    if (job.isDone()) {
                        job.get(); // rethrows the engine's failure
                        return signal.isDone();
                    }
                }
            }
            return signal.isDone();
        }
    }
}
