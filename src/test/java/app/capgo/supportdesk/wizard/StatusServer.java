package app.capgo.supportdesk.wizard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A real HTTP server on loopback playing status.capgo.app for tests. */
public final class StatusServer implements AutoCloseable {

    /** What the server answers. */
    public sealed interface Answer {
        record Json(String body) implements Answer { }
        record Status(int code) implements Answer { }
        /** Never answers (until the server closes). */
        record Hang() implements Answer { }
        /** A valid status body padded to {@code bytes} (streamed, never held in memory). */
        record Huge(long bytes) implements Answer { }
        /** A body that never ends (until the client goes away or the server closes). */
        record Endless() implements Answer { }
    }

    private final HttpServer server;
    private final AtomicReference<Answer> answer = new AtomicReference<>(indicator("none"));
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytesSent = new java.util.concurrent.atomic.AtomicLong();
    private final CountDownLatch closing = new CountDownLatch(1);

    public StatusServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/status.json", this::handle);
        server.start();
    }

    public static Answer indicator(String value) {
        return new Answer.Json("{\"page\":{\"id\":\"capgo\",\"name\":\"Capgo\"},\"status\":{\"indicator\":\""
                + value + "\",\"description\":\"test\"}}");
    }

    /** Points the app's status feed at this server, read afresh at each visit (no caching). */
    public void feed(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("support.status.url", this::url);
        registry.add("support.status.cache-ttl", () -> "0s");
        registry.add("support.status.failure-ttl", () -> "0s");
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/status.json";
    }

    public void answer(Answer value) {
        answer.set(value);
    }

    public int requests() {
        return requests.get();
    }

    /** Body bytes the server managed to write for the huge and endless answers. */
    public long bytesSent() {
        return bytesSent.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        switch (answer.get()) {
            case Answer.Json json -> {
                byte[] body = json.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            case Answer.Status status -> exchange.sendResponseHeaders(status.code(), -1);
            case Answer.Huge huge -> stream(exchange, huge.bytes());
            case Answer.Endless endless -> stream(exchange, Long.MAX_VALUE);
            case Answer.Hang hang -> {
                try {
                    closing.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        exchange.close();
    }

    /** Writes {@code total} bytes of JSON-ish padding in 64 KB chunks, stopping when the client hangs up. */
    private void stream(HttpExchange exchange, long total) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try {
            exchange.sendResponseHeaders(200, total == Long.MAX_VALUE ? 0 : total);
            var out = exchange.getResponseBody();
            for (long sent = 0; sent < total && closing.getCount() > 0; sent += chunk.length) {
                int length = (int) Math.min(chunk.length, total - sent);
                out.write(chunk, 0, length);
                bytesSent.addAndGet(length);
            }
        } catch (IOException e) {
            // The client went away, as a careful client does with a body too large.
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
