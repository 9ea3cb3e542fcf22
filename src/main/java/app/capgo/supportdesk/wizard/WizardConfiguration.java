package app.capgo.supportdesk.wizard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Wiring of the support flow: the status feed's properties. */
@Configuration
@EnableConfigurationProperties(StatusProperties.class)
class WizardConfiguration {
}
