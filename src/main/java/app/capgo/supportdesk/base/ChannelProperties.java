package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * The addresses the verdicts link to (configuration, not code): the dashboard and the website (each
 * with its help feature), the support address, the community.
 */
@ConfigurationProperties("support.channels")
public record ChannelProperties(URI dashboard, URI website, String supportEmail, String githubOrg, URI discord) {

    /** The website's host as a customer reads it ("capgo.app"). */
    public String websiteName() {
        String host = website.getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
