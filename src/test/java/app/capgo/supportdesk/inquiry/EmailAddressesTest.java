package app.capgo.supportdesk.inquiry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The form accepts exactly the addresses that sending can mail (one strict check for both). */
class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "first.last+tag@sub.example.org", "o'brien@example.co.uk",
            "x_y@example.com", "a-b@ex-ample.io"})
    void plain_addresses_are_deliverable(String email) {
        assertThat(EmailAddresses.isDeliverable(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@exa_mple.com", "alice@exa~mple.com", "alice@exa!mple.com", "alice@exa*mple.com",
            "alice@exa$mple.com", "alice@exa'mple.com", "alice@exa=mple.com", "alice@exa#mple.com",
            "alice@exa&mple.com", "alice@exa%mple.com", "alice@exa+mple.com", "alice@exa/mple.com",
            "alice@exa?mple.com", "alice@exa^mple.com", "alice@exa|mple.com", "alice@exa{mple.com",
            "alice@exa}mple.com", "Alice <alice@example.com>", "alice@example.com, bob@example.com",
            "alice@example.com\u202E", "ali\u200Bce@example.com", "\u2066alice@example.com", "josé@example.com",
            "alice@exämple.com", "alice@example.com\r\nBcc: x@evil.test", "alice", "@example.com", "alice@"})
    void addresses_no_email_could_reach_are_refused(String email) {
        assertThat(EmailAddresses.isDeliverable(email)).as(email).isFalse();
    }
}
