package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryRequest;
import app.capgo.supportdesk.inquiry.InquiryService;
import app.capgo.supportdesk.inquiry.SubmissionResult;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health, info and the app's own metrics on the management port; nothing of them on the public one. */
class OperationsBrowserTest extends BrowserTestSupport {

    @LocalManagementPort
    int managementPort;

    @Autowired
    InquiryService inquiries;

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    @Test
    void probes_and_info_answer_on_the_management_port() throws Exception {
        HttpResponse<String> readiness = get(management("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"storage\"")
                .contains("\"mailServer\"").contains("nobody receives them"); // the tests' embedded SMTP server
        assertThat(get(management("/actuator/health/liveness")).statusCode()).isEqualTo(200);
        assertThat(get(management("/actuator/info")).body()).contains("\"version\"");
    }

    @Test
    void the_apps_own_numbers_follow_a_flow_and_an_inquiry() throws Exception {
        Page page = browser.newPage("en-GB", 1280);
        page.navigate(url("/support?topic=billing"));
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", "billing-open-to-all");
        InquiryRequest request = new InquiryRequest();
        request.setName("Metric Tester");
        request.setEmail("metrics@example.com");
        request.setCompany("Gauge Apps");
        request.setPlan(InquiryPlan.TEAM);
        request.setMessage("Counting");
        assertThat(inquiries.submit(request, Locale.ENGLISH, "10.9.0.1")).isInstanceOf(SubmissionResult.Submitted.class);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(get(management("/actuator/prometheus")).body())
                .contains("support_verdicts_total{channel=\"official\",reason=\"billing-open-to-all\"}")
                .contains("support_inquiries_stored_total")
                .contains("support_emails_total{kind=\"customer\",outcome=\"sent\"}")
                .contains("support_emails_waiting")
                .contains("support_emails_oldest_waiting_seconds"));
    }

    @Test
    void the_public_port_serves_neither_health_nor_metrics() throws Exception {
        assertThat(get(url("/actuator/prometheus")).statusCode()).isEqualTo(404);
        assertThat(get(url("/actuator/health")).statusCode()).isEqualTo(404);
    }
}
