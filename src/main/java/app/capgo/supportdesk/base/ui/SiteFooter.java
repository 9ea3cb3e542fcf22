package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.base.PolicySources;
import app.capgo.supportdesk.base.Routes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.net.URI;

/**
 * The site footer: Capgo's website and status page, the published support policy and SLA this
 * desk's rules come from (linked once, here), the privacy notice of the premium form, and the
 * staff sign-in, which stays out of the customers' menu.
 */
final class SiteFooter extends Footer {

    private final ChannelProperties channels;
    private final PolicySources sources;
    private final URI statusPage;

    SiteFooter(ChannelProperties channels, PolicySources sources, URI statusPage) {
        this.channels = channels;
        this.sources = sources;
        this.statusPage = statusPage;
        addClassName("site-footer");
        setId("site-footer");
    }

    /** Builds the footer in the current language. */
    void build(AuthenticationContext authentication) {
        removeAll();
        Nav links = new Nav();
        links.addClassName("site-footer-links");
        links.getElement().setAttribute("aria-label", getTranslation("footer.label"));
        links.add(external("footer-website", channels.websiteName(), channels.website()),
                external("footer-status", getTranslation("footer.status"), statusPage),
                external("footer-policy", getTranslation("footer.policy"), sources.supportPolicy()),
                external("footer-sla", getTranslation("footer.sla"), sources.sla()));
        Anchor privacy = new Anchor(Routes.PRIVACY, getTranslation("footer.privacy"));
        privacy.setId("footer-privacy");
        links.add(privacy);
        if (!authentication.isAuthenticated()) {
            Anchor login = new Anchor(Routes.LOGIN, getTranslation("layout.login"));
            login.setId("login-link");
            links.add(login);
        }
        Paragraph about = new Paragraph(getTranslation("footer.about", channels.websiteName()));
        about.addClassName("site-footer-about");
        add(StaticHtml.of(links), StaticHtml.of(about)); // links and text only: sent frozen
    }

    private static Anchor external(String id, String text, URI href) {
        Anchor link = new Anchor(href.toString(), text);
        link.setId(id);
        NewTab.open(link);
        return link;
    }
}
