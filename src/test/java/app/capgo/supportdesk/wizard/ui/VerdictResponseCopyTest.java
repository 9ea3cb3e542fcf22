package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.benchmark.VaadinClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin keeps a copy of the last response it sent, for a browser that repeats a request whose
 * answer it lost. A verdict is the largest response of the flow and where a customer stays to
 * read and write: once the browser confirms it has it, the copy kept is a small one (over real
 * HTTP, the server answering the repeated message with the copy it kept).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerdictResponseCopyTest {

    private static final String VERDICT = "topic=troubleshooting&plan=team&tier=standard&email=registered"
            + "&access=developer&impact=all-down&env=production";

    @LocalServerPort
    int port;

    @Test
    void once_the_browser_confirms_a_verdict_the_server_keeps_a_small_copy_of_its_last_answer() throws Exception {
        try (VaadinClient client = new VaadinClient("http://127.0.0.1:" + port)) {
            client.open("topic=troubleshooting");
            client.step(VERDICT, "support-outcome"); // and, as a browser, runs the verdict's script that confirms it

            HttpResponse<String> kept = client.resendLast();

            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).as("the copy the server kept").doesNotContain("support-outcome").hasSizeLessThan(2_000);
        }
    }

    @Test
    void a_verdict_lost_on_the_way_is_sent_again_whole() throws Exception {
        try (VaadinClient client = new VaadinClient("http://127.0.0.1:" + port)) {
            client.open("topic=troubleshooting");
            client.stepAnswerLost(VERDICT);

            HttpResponse<String> again = client.resendLast();

            assertThat(again.body()).as("the same verdict, sent again").contains("support-outcome");
        }
    }
}
