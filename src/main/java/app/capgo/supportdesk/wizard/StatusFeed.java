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

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the platform status: Capgo's {@code status.json} is a JSON object with a top-level
 * {@code indicator} and {@code uptime}; a Statuspage body ({@code status.indicator}) is read too.
 * Never throws and never waits longer than the configured timeout: anything unreadable is
 * {@link StatusReading#UNKNOWN}, and an indicator never seen before is logged once (so that an
 * operator can teach it to the app). Readings are reused for a while (shorter after a failure).
 */
@Service
public class StatusFeed {

    private static final Logger LOG = LoggerFactory.getLogger(StatusFeed.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 256 * 1024;
    /** Unknown indicators already logged; bounded, so a feed sending a new value each time cannot fill the heap. */
    private static final int MAX_LOGGED_UNKNOWN = 100;

    private final StatusProperties properties;
    private final Clock clock;
    private final HttpClient client;
    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<StatusReport>> inFlight = new AtomicReference<>();
    private final MeterRegistry meters;

    private final Set<String> loggedUnknown = ConcurrentHashMap.newKeySet();

    private record Cached(StatusReport report, Instant until) {
    }

    public StatusFeed(StatusProperties properties, Clock clock, MeterRegistry meters) {
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The reading in the cache, while it is fresh: no need to wait for the feed. */
    public Optional<StatusReport> cached() {
        Cached cached = cache.get();
        return cached != null && clock.instant().isBefore(cached.until()) ? Optional.of(cached.report()) : Optional.empty();
    }

    /**
     * The current reading, from the cache when fresh, else from the feed (at most the timeout). One
     * read at a time: customers asking while the feed is being read wait for that read (single
     * flight), so a crowd arriving when the cache expires costs the status page one request.
     */
    public StatusReport current() {
        Optional<StatusReport> fresh = cached();
        if (fresh.isPresent()) {
            return fresh.get();
        }
        CompletableFuture<StatusReport> mine = new CompletableFuture<>();
        CompletableFuture<StatusReport> running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return running.join(); // bounded: the read in flight gives up after the timeout
        }
        try {
            StatusReport report = cached().orElseGet(this::read);
            mine.complete(report);
            return report;
        } catch (RuntimeException e) {
            mine.complete(StatusReport.UNKNOWN);
            throw e;
        } finally {
            inFlight.set(null);
        }
    }

    private StatusReport read() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        StatusReport report = fetch();
        Timer.builder("support.status.reads").description("Reads of the status feed, by what they read")
                .tag("reading", report.reading().code()).register(meters).record(Duration.ofNanos(System.nanoTime() - started));
        var ttl = report.reading() == StatusReading.UNKNOWN ? properties.failureTtl() : properties.cacheTtl();
        cache.set(new Cached(report, now.plus(ttl)));
        return report;
    }

    private StatusReport fetch() {
        HttpRequest request = HttpRequest.newBuilder(properties.url()).timeout(properties.timeout())
                .header("Accept", "application/json").GET().build();
        CompletableFuture<HttpResponse<Optional<String>>> response = client.sendAsync(request, BoundedBody.upTo(MAX_BODY));
        try {
            HttpResponse<Optional<String>> answer = response.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (answer.statusCode() != 200) {
                LOG.warn("Status feed {} answered HTTP {}", properties.url(), answer.statusCode());
                return StatusReport.UNKNOWN;
            }
            if (answer.body().isEmpty()) {
                LOG.warn("Status feed {} answered more than {} bytes", properties.url(), MAX_BODY);
                return StatusReport.UNKNOWN;
            }
            return parse(answer.body().get());
        } catch (TimeoutException e) {
            response.cancel(true);
            LOG.warn("Status feed {} did not answer within {}", properties.url(), properties.timeout());
            return StatusReport.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StatusReport.UNKNOWN;
        } catch (Exception e) {
            LOG.warn("Status feed {} could not be read: {}", properties.url(), e.toString());
            return StatusReport.UNKNOWN;
        }
    }

    /**
     * The report of a feed body: a top-level {@code indicator} (Capgo's form) or Statuspage's
     * {@code status.indicator}, and the top-level {@code uptime} when it reads as a percentage. An
     * indicator never seen before reads as unknown and is logged once, with its value.
     */
    StatusReport parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (RuntimeException e) {
            LOG.warn("Status feed {} answered something that is not JSON", properties.url());
            return StatusReport.UNKNOWN;
        }
        JsonNode indicator = root.path("indicator");
        if (!indicator.isString()) {
            indicator = root.path("status").path("indicator");
        }
        JsonNode uptimeNode = root.path("uptime");
        Optional<BigDecimal> uptime = uptimeNode.isString() || uptimeNode.isNumber()
                ? StatusReport.uptime(uptimeNode.asString()) : Optional.empty();
        if (!indicator.isString()) {
            logUnknownOnce("(no indicator)");
            return new StatusReport(StatusReading.UNKNOWN, uptime);
        }
        Optional<StatusReading> reading = StatusReading.known(indicator.asString());
        if (reading.isEmpty()) {
            logUnknownOnce(indicator.asString());
        }
        return new StatusReport(reading.orElse(StatusReading.UNKNOWN), uptime);
    }

    private void logUnknownOnce(String value) {
        // Only letters, digits and a few marks reach the log: a feed cannot forge log lines.
        String shown = value.strip().replaceAll("[^\\p{Alnum} _.()-]", "?");
        shown = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
        if (loggedUnknown.size() < MAX_LOGGED_UNKNOWN && loggedUnknown.add(shown)) {
            LOG.warn("Status feed {} gave the indicator '{}', which this app does not know: it reads as unknown"
                    + " (POLICY.md section 4 lists the values it understands)", properties.url(), shown);
        }
    }
}
