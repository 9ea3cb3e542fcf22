package app.capgo.supportdesk.benchmark;

import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryRequest;
import app.capgo.supportdesk.inquiry.InquiryService;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inquiries stored per second and emails delivered per second, through the real service, the
 * H2 database and the embedded SMTP server. Run with {@code ./mvnw -B verify -Pbenchmark}; the
 * medians of the rounds and the machine are written to {@code target/benchmark-inquiries.txt}.
 */
@Tag("benchmark")
@SpringBootTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
        "support.rate-limit.submissions=1000000"})
class InquiryThroughputBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryThroughputBenchmarkTest.class);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    private static final int PER_ROUND = Integer.getInteger("benchmark.inquiries", 500);
    private static final int THREADS = 8;

    @Autowired
    InquiryService service;
    @Autowired
    GreenMail smtp;

    @Test
    void inquiries_stored_and_emails_delivered_per_second() throws Exception {
        round(100); // warm-up
        List<Double> stored = new ArrayList<>();
        List<Double> delivered = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            double[] rates = round(PER_ROUND);
            stored.add(rates[0]);
            delivered.add(rates[1]);
        }
        String report = String.format(Locale.ROOT,
                "Inquiry benchmark, %d rounds of %d inquiries from %d threads%n"
                        + "machine: %d cores, %d MiB max heap, Java %s, %s %s%n"
                        + "inquiries stored per second: median %.0f (rounds %s)%n"
                        + "emails delivered per second: median %.0f (rounds %s)%n",
                ROUNDS, PER_ROUND, THREADS, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                median(stored), format(stored), median(delivered), format(delivered));
        write(report);
        LOG.info("\n{}", report);
        assertThat(stored).allSatisfy(v -> assertThat(v).isPositive());
    }

    private double[] round(int count) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = thread; i < count; i += THREADS) {
                        service.submit(request(i), Locale.ENGLISH, "bench-" + i);
                    }
                }));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double storeSeconds = (System.nanoTime() - start) / 1e9;
        while (smtp.getReceivedMessages().length < count * 2) {
            Thread.sleep(20);
        }
        double deliverSeconds = (System.nanoTime() - start) / 1e9;
        return new double[]{count / storeSeconds, count * 2 / deliverSeconds};
    }

    private static InquiryRequest request(int i) {
        InquiryRequest r = new InquiryRequest();
        r.setName("Benchmark " + i);
        r.setEmail("bench" + i + "@example.com");
        r.setCompany("Bench Co");
        r.setPlan(InquiryPlan.TEAM);
        r.setMessage("Throughput measurement " + i);
        return r;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private static void write(String report) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-inquiries.txt"), report);
    }
}
