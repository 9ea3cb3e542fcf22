package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;

/** App-wide wiring: the clock deadlines and dates count from, and the properties every feature reads. */
@Configuration
@EnableConfigurationProperties({BrandProperties.class, ChannelProperties.class, PolicySources.class, PremiumOffer.class,
        SalesProperties.class, SessionLimits.class})
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SharedCounters sharedCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new SharedCounters(jdbc, transactions, clock);
    }

    /** Expired limits are deleted every ten minutes (by whichever instance runs it: deleting twice is harmless). */
    @Bean
    SchedulingConfigurer expiredCounters(SharedCounters counters) {
        Duration every = Duration.ofMinutes(10);
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(counters::deleteExpired, every, every));
    }
}
