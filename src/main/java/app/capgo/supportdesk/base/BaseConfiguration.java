package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** App-wide wiring: the clock deadlines and dates count from, and the properties every feature reads. */
@Configuration
@EnableConfigurationProperties({ChannelProperties.class, PolicySources.class, PremiumOffer.class,
        SalesProperties.class})
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
