package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReadingTest {

    @ParameterizedTest
    @CsvSource({"none, NONE", "minor, MINOR", "MAJOR, MAJOR", " critical , CRITICAL",
            "maintenance, MAINTENANCE", "degraded, UNKNOWN", "'', UNKNOWN"})
    void the_indicator_is_read_in_the_statuspage_vocabulary(String indicator, StatusReading expected) {
        assertThat(StatusReading.fromIndicator(indicator)).isEqualTo(expected);
    }

    @Test
    void incidents_and_maintenance_end_the_outage_flow_on_the_status_page() {
        assertThat(StatusReading.MINOR.meaning().endsOnStatusPage()).isTrue();
        assertThat(StatusReading.MAJOR.meaning().endsOnStatusPage()).isTrue();
        assertThat(StatusReading.CRITICAL.meaning().endsOnStatusPage()).isTrue();
        assertThat(StatusReading.MAINTENANCE.meaning()).isEqualTo(StatusReading.OutageMeaning.MAINTENANCE);
    }

    @Test
    void operational_or_unreadable_goes_on_as_troubleshooting() {
        assertThat(StatusReading.NONE.meaning().endsOnStatusPage()).isFalse();
        assertThat(StatusReading.UNKNOWN.meaning()).isEqualTo(StatusReading.OutageMeaning.UNREADABLE);
        assertThat(StatusReading.UNKNOWN.meaning().endsOnStatusPage()).isFalse();
    }
}
