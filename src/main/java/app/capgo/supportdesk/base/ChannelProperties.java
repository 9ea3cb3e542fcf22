package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/** The addresses the verdicts link to (configuration, not code). */
@ConfigurationProperties("support.channels")
public record ChannelProperties(URI dashboard, String supportEmail, String githubOrg, URI discord) {
}
