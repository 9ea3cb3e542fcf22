package app.capgo.supportdesk.security;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.SharedCounters;
import app.capgo.supportdesk.base.SalesProperties;
import app.capgo.supportdesk.base.ui.NotFoundStatus;
import app.capgo.supportdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.time.Clock;

/**
 * Spring Security with Vaadin's configurer: the customer routes are public (each view says so
 * with {@code @AnonymousAllowed}), the sales routes need the SALES role; form login on
 * {@code /login}, throttled and CSRF-protected; Vaadin's CSRF protection and logout stay on.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager throttledLogin, RequestUtil vaadinRequests)
            throws Exception {
        // Spring's CSRF protection stays on for the sign-in form too (its web component sends the token);
        // Vaadin's own requests carry Vaadin's CSRF token instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // An unknown address is not a secret: it shows the public not-found page (HTTP 404), not the sign-in.
        // The app's own images (the logo) and its robots.txt are public like its stylesheet.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(NotFoundStatus::isUnknownPage).permitAll()
                .requestMatchers("/icons/**", "/robots.txt").permitAll());
        return http.authenticationManager(throttledLogin)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                        // Signed in from the sign-in page itself, sales land on their inbox.
                        .defaultSuccessUrl("/" + Routes.SALES)
                        .enableCsrfConfiguration(false))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny))
                .build();
    }

    /**
     * Vaadin looks this holder up on every navigation (its access check): as a bean it is found at
     * once, where without one each lookup scanned the class path's service files, 7 % of the server's
     * request time under load. The prefix is Spring Security's default, which {@code User.roles} adds.
     */
    @Bean
    VaadinRolePrefixHolder vaadinRolePrefixHolder() {
        return new VaadinRolePrefixHolder("ROLE_");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Reads and may create users in the database, so it waits for the Flyway migrations. */
    @Bean
    @DependsOnDatabaseInitialization
    SalesUsers salesUsers(SalesProperties properties, JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        SalesUsers users = new SalesUsers(properties.users(), jdbc, encoder, clock);
        if (!properties.resetPassword().isBlank()) {
            users.resetPassword(properties.resetPassword().strip(), clock);
        }
        return users;
    }

    @Bean
    AuthenticationManager throttledLogin(SalesUsers users, PasswordEncoder encoder, SalesProperties properties,
                                         SharedCounters counters, MeterRegistry meters) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao,
                new LoginThrottle(counters, properties.maxFailedLogins(), properties.lockout()), users, meters));
    }
}
