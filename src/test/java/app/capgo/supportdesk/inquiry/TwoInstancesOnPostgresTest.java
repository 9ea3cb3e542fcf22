package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.testdb.TestPostgres;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static app.capgo.supportdesk.inquiry.InquiryDeliveryOutageTest.assertDeliveredExactlyOnce;
import static app.capgo.supportdesk.inquiry.InquiryDeliveryOutageTest.awaitFailing;
import static app.capgo.supportdesk.inquiry.InquiryDeliveryOutageTest.freePort;
import static app.capgo.supportdesk.inquiry.InquiryDeliveryOutageTest.start;
import static app.capgo.supportdesk.inquiry.InquiryDeliveryOutageTest.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of the app on one PostgreSQL, as during a rolling deploy behind a load balancer:
 * inquiries submitted through both while the mail server is down are each emailed exactly once
 * when it comes back (no retry sent by both), and the inquiry rate limit and the sign-in lockout
 * hold across the two.
 */
class TwoInstancesOnPostgresTest {

    private static final String PASSWORD = "a long sales passphrase";

    @Test
    void two_instances_deliver_each_email_once_and_share_the_limits() throws Exception {
        int port = freePort();
        List<String> database = List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + TestPostgres.newDatabase(),
                "--spring.datasource.username=" + TestPostgres.user(), "--spring.datasource.password=");
        String[] settings = {"--support.rate-limit.submissions=3",
                "--support.sales.users=dana:{bcrypt}" + new BCryptPasswordEncoder(6).encode(PASSWORD)};
        try (ConfigurableApplicationContext a = start(database, port, "200ms", settings);
             ConfigurableApplicationContext b = start(database, port, "200ms", settings)) {
            List<String> references = new ArrayList<>(submit(a, 0, 4));
            references.addAll(submit(b, 4, 8));
            awaitFailing(a, references);
            awaitFailing(b, references);

            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                assertDeliveredExactlyOnce(smtp, references, a, b);
            } finally {
                smtp.stop();
            }

            // Three inquiries per client, wherever they land.
            String client = "203.0.113.7";
            assertThat(submitFrom(a, client)).isInstanceOf(SubmissionResult.Submitted.class);
            assertThat(submitFrom(b, client)).isInstanceOf(SubmissionResult.Submitted.class);
            assertThat(submitFrom(a, client)).isInstanceOf(SubmissionResult.Submitted.class);
            assertThat(submitFrom(b, client)).isInstanceOf(SubmissionResult.RateLimited.class);
            assertThat(submitFrom(a, client)).isInstanceOf(SubmissionResult.RateLimited.class);

            // Five wrong passwords through one instance lock the name on the other, right password included.
            for (int i = 0; i < 5; i++) {
                ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
                assertThatThrownBy(() -> signIn(instance, "wrong")).isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> signIn(b, PASSWORD)).isInstanceOf(LockedException.class);
            assertThatThrownBy(() -> signIn(a, PASSWORD)).isInstanceOf(LockedException.class);
        }
    }

    private static SubmissionResult submitFrom(ConfigurableApplicationContext app, String client) {
        return app.getBean(InquiryService.class).submit(Inquiries.valid("Limited"), Locale.ENGLISH, client);
    }

    private static void signIn(ConfigurableApplicationContext app, String password) {
        app.getBean("throttledLogin", AuthenticationManager.class)
                .authenticate(new UsernamePasswordAuthenticationToken("dana", password));
    }
}
