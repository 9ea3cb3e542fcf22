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
    }

    private final HttpServer server;
    private final AtomicReference<Answer> answer = new AtomicReference<>(indicator("none"));
    private final AtomicInteger requests = new AtomicInteger();
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

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/status.json";
    }

    public void answer(Answer value) {
        answer.set(value);
    }

    public int requests() {
        return requests.get();
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

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
