package app.capgo.supportdesk.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One reading of a time zone for a link's tz, the browser's zone and the SLA page's picker. */
class CustomerZonesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Europe/Paris, Europe/Paris", "America/Argentina/Buenos_Aires, America/Argentina/Buenos_Aires",
            "UTC, UTC", "Z, UTC", "Etc/UTC, UTC", "GMT, UTC"})
    void region_zones_and_every_spelling_of_utc_are_read(String id, String zone) {
        assertThat(CustomerZones.parse(id)).hasValueSatisfying(z -> assertThat(z.getId()).isEqualTo(zone));
        assertThat(CustomerZones.ALL).contains(zone);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Mars/Olympus", "Not/AZone", "<script>alert(1)</script>", "", "+02:00", "EST5EDT",
            "Europe/Paris\r\nX: 1"})
    void anything_else_is_no_zone(String id) {
        assertThat(CustomerZones.parse(id)).isEmpty();
    }
}
