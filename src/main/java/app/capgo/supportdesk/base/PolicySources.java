package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Where Capgo publishes the rules this app encodes ({@code support.sources.*}): the SLA page and
 * the support-policy page, linked wherever the app says where its rules come from.
 */
@ConfigurationProperties("support.sources")
public record PolicySources(URI sla, URI supportPolicy) {
}
