package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReadingTest {

    @ParameterizedTest
    @CsvSource({"none, NONE", "minor, MINOR", "MAJOR, MAJOR", " critical , CRITICAL",
            "maintenance, MAINTENANCE", "under_investigation, UNKNOWN", "'', UNKNOWN", "unknown, UNKNOWN"})
    void the_indicator_is_read_in_the_statuspage_vocabulary(String indicator, StatusReading expected) {
        assertThat(StatusReading.fromIndicator(indicator)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"up, NONE", "Operational, NONE", "ok, NONE", "down, INCIDENT", "outage, INCIDENT",
            "degraded, INCIDENT", "PARTIAL, INCIDENT"})
    void the_plain_words_of_a_home_made_status_page_are_read_too(String indicator, StatusReading expected) {
        assertThat(StatusReading.fromIndicator(indicator)).isEqualTo(expected);
        assertThat(StatusReading.known(indicator)).contains(expected);
    }

    @Test
    void a_value_never_seen_before_is_not_known() {
        assertThat(StatusReading.known("sideways")).isEmpty();
        assertThat(StatusReading.known("unknown")).as("the website's fallback is not a reading").isEmpty();
    }

    @Test
    void incidents_and_maintenance_end_the_outage_flow_on_the_status_page() {
        assertThat(StatusReading.MINOR.meaning().endsOnStatusPage()).isTrue();
        assertThat(StatusReading.MAJOR.meaning().endsOnStatusPage()).isTrue();
        assertThat(StatusReading.CRITICAL.meaning().endsOnStatusPage()).isTrue();
        assertThat(StatusReading.INCIDENT.meaning()).isEqualTo(StatusReading.OutageMeaning.ONGOING_INCIDENT);
        assertThat(StatusReading.MAINTENANCE.meaning()).isEqualTo(StatusReading.OutageMeaning.MAINTENANCE);
    }

    @Test
    void operational_or_unreadable_goes_on_as_troubleshooting() {
        assertThat(StatusReading.NONE.meaning().endsOnStatusPage()).isFalse();
        assertThat(StatusReading.UNKNOWN.meaning()).isEqualTo(StatusReading.OutageMeaning.UNREADABLE);
        assertThat(StatusReading.UNKNOWN.meaning().endsOnStatusPage()).isFalse();
    }
}
