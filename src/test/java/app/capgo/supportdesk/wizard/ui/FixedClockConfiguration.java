package app.capgo.supportdesk.wizard.ui;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Friday 27 November 2026, 17:30 in Paris: the tests' "now". */
@TestConfiguration
class FixedClockConfiguration {

    static final Instant NOW = Instant.parse("2026-11-27T16:30:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
