package app.capgo.supportdesk.wizard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wiring of the support flow: its properties and the clock its deadlines count from. */
@Configuration
@EnableConfigurationProperties({StatusProperties.class, ChannelProperties.class})
class WizardConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
