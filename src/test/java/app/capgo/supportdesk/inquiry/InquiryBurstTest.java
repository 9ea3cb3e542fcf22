package app.capgo.supportdesk.inquiry;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import app.capgo.supportdesk.inquiry.mail.QuietOutbox;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:burst;DB_CLOSE_DELAY=-1")
class InquiryBurstTest {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryBurstTest.class);
    private static final int INQUIRIES = 1000;
    private static final int THREADS = 8;

    @Autowired
    InquiryService service;
    @Autowired
    InquiryRepository repository;
    @Autowired
    GreenMail smtp;
    @Autowired
    ApplicationContext context;

    @Test
    void a_burst_of_1000_inquiries_from_8_threads_is_stored_and_every_email_delivered_exactly_once() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        long before = repository.count();
        long start = System.nanoTime();
        List<Future<List<String>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<String> refs = new ArrayList<>();
                    for (int i = 0; i < INQUIRIES / THREADS; i++) {
                        var result = service.submit(Inquiries.valid("Burst " + thread + "-" + i), Locale.ENGLISH,
                                "10.2." + thread + "." + i);
                        refs.add(((SubmissionResult.Submitted) result).reference());
                    }
                    return refs;
                }));
            }
        }
        List<String> references = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            references.addAll(f.get());
        }
        Duration stored = Duration.ofNanos(System.nanoTime() - start);
        assertThat(references).hasSize(INQUIRIES).doesNotHaveDuplicates();
        assertThat(repository.count() - before).isEqualTo(INQUIRIES);

        await().atMost(Duration.ofMinutes(3)).until(() -> smtp.getReceivedMessages().length >= INQUIRIES * 2);
        Duration delivered = Duration.ofNanos(System.nanoTime() - start);
        QuietOutbox.awaitQuiet(context, references, Duration.ofMinutes(1)); // a late duplicate has arrived by then
        Map<String, Integer> perReference = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String subject = m.getSubject();
            references.stream().filter(subject::contains).findFirst().ifPresent(r -> perReference.merge(r, 1, Integer::sum));
        }
        assertThat(smtp.getReceivedMessages()).hasSize(INQUIRIES * 2);
        assertThat(perReference).hasSize(INQUIRIES).allSatisfy((r, n) -> assertThat(n).as(r).isEqualTo(2));
        LOG.info("Burst: {} inquiries stored in {} ms, {} emails delivered after {} ms", INQUIRIES, stored.toMillis(),
                INQUIRIES * 2, delivered.toMillis());
    }
}
