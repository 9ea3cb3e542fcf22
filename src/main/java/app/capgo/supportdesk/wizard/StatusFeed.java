package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.StatusReading;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the platform status ({@code indicator} of a Statuspage {@code status.json}). Never throws
 * and never waits longer than the configured timeout: anything unreadable is
 * {@link StatusReading#UNKNOWN}. Readings are reused for a while (shorter after a failure).
 */
@Service
public class StatusFeed {

    private static final Logger LOG = LoggerFactory.getLogger(StatusFeed.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 256 * 1024;

    private final StatusProperties properties;
    private final Clock clock;
    private final HttpClient client;
    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<StatusReading>> inFlight = new AtomicReference<>();
    private final MeterRegistry meters;

    private record Cached(StatusReading reading, Instant until) {
    }

    public StatusFeed(StatusProperties properties, Clock clock, MeterRegistry meters) {
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The reading in the cache, while it is fresh: no need to wait for the feed. */
    public Optional<StatusReading> cached() {
        Cached cached = cache.get();
        return cached != null && clock.instant().isBefore(cached.until()) ? Optional.of(cached.reading()) : Optional.empty();
    }

    /**
     * The current reading, from the cache when fresh, else from the feed (at most the timeout). One
     * read at a time: customers asking while the feed is being read wait for that read (single
     * flight), so a crowd arriving when the cache expires costs the status page one request.
     */
    public StatusReading current() {
        Optional<StatusReading> fresh = cached();
        if (fresh.isPresent()) {
            return fresh.get();
        }
        CompletableFuture<StatusReading> mine = new CompletableFuture<>();
        CompletableFuture<StatusReading> running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return running.join(); // bounded: the read in flight gives up after the timeout
        }
        try {
            StatusReading reading = cached().orElseGet(this::read);
            mine.complete(reading);
            return reading;
        } catch (RuntimeException e) {
            mine.complete(StatusReading.UNKNOWN);
            throw e;
        } finally {
            inFlight.set(null);
        }
    }

    private StatusReading read() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        StatusReading reading = fetch();
        Timer.builder("support.status.reads").description("Reads of the status feed, by what they read")
                .tag("reading", reading.code()).register(meters).record(Duration.ofNanos(System.nanoTime() - started));
        var ttl = reading == StatusReading.UNKNOWN ? properties.failureTtl() : properties.cacheTtl();
        cache.set(new Cached(reading, now.plus(ttl)));
        return reading;
    }

    private StatusReading fetch() {
        HttpRequest request = HttpRequest.newBuilder(properties.url()).timeout(properties.timeout())
                .header("Accept", "application/json").GET().build();
        CompletableFuture<HttpResponse<Optional<String>>> response = client.sendAsync(request, BoundedBody.upTo(MAX_BODY));
        try {
            HttpResponse<Optional<String>> answer = response.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (answer.statusCode() != 200) {
                LOG.warn("Status feed {} answered HTTP {}", properties.url(), answer.statusCode());
                return StatusReading.UNKNOWN;
            }
            if (answer.body().isEmpty()) {
                LOG.warn("Status feed {} answered more than {} bytes", properties.url(), MAX_BODY);
                return StatusReading.UNKNOWN;
            }
            return parse(answer.body().get());
        } catch (TimeoutException e) {
            response.cancel(true);
            LOG.warn("Status feed {} did not answer within {}", properties.url(), properties.timeout());
            return StatusReading.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StatusReading.UNKNOWN;
        } catch (Exception e) {
            LOG.warn("Status feed {} could not be read: {}", properties.url(), e.toString());
            return StatusReading.UNKNOWN;
        }
    }

    /** The reading of a feed body: {@code status.indicator} (Statuspage) or a top-level {@code indicator}. */
    static StatusReading parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode indicator = root.path("status").path("indicator");
            if (!indicator.isString()) {
                indicator = root.path("indicator");
            }
            return indicator.isString() ? StatusReading.fromIndicator(indicator.asString()) : StatusReading.UNKNOWN;
        } catch (RuntimeException e) {
            return StatusReading.UNKNOWN;
        }
    }
}
