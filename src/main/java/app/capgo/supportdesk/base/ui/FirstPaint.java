package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.BrandProperties;
import app.capgo.supportdesk.base.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first paint: a public page's header and its opening (its title down to the first thing it
 * says) sent in the HTML itself, in the customer's language, so a phone shows them before Vaadin's
 * client has loaded. They stand before the page's {@code #outlet} and go when the live page appears
 * in it; they are built by the same code as the live page, so nothing moves when it arrives. No ids (the live page brings its own) and nothing that
 * listens: until the page is live, its links are plain links.
 */
@org.springframework.stereotype.Component
class FirstPaint implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FirstPaint.class);
    /** What only the live page may carry: its ids, and what moves the focus. */
    private static final List<String> LIVE_ONLY = List.of("id", "tabindex", "data-focus-first", "aria-controls",
            "aria-describedby", "for");

    private static final String PAINT_CLASS = "first-paint";
    /**
     * The live page arrives in the {@code #outlet} (where the router keeps an {@code <output>} of
     * its own, for announcements); the paint goes in the same task (a mutation observer runs before
     * the browser draws again), so the page never shows twice nor blank.
     */
    private static final String TAKE_OVER = "(() => { const outlet = document.getElementById('outlet');"
            + " new MutationObserver((changes, observer) => {"
            + " if ([...outlet.children].some(c => c.localName !== 'output')) {"
            + " document.querySelectorAll('body > ." + PAINT_CLASS + "').forEach(p => p.remove());"
            + " observer.disconnect(); } }).observe(outlet, {childList: true}); })();";

    private final List<FirstPaintOpening> openings;
    private final BrandProperties brand;
    private final boolean enabled;

    FirstPaint(List<FirstPaintOpening> openings, BrandProperties brand,
               @Value("${support.first-paint}") boolean enabled) {
        this.openings = openings;
        this.brand = brand;
        this.enabled = enabled;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (enabled) {
            event.addIndexHtmlRequestListener(this::paint);
        }
    }

    private void paint(IndexHtmlResponse response) {
        Document document = response.getDocument();
        Element outlet = document.getElementById("outlet");
        VaadinRequest request = response.getVaadinRequest();
        // Staff see their own menu: their pages are painted live only.
        if (outlet == null || !"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
        QueryParameters parameters = QueryParameters.full(request.getParameterMap());
        Locale locale = language(parameters);
        UI previous = UI.getCurrent();
        // The components read their texts from the current UI's language: a UI of the paint's own, never attached.
        UI paint = new UI();
        paint.setLocale(locale);
        UI.setCurrent(paint);
        try {
            openings.stream().map(o -> o.opening(path, parameters)).flatMap(Optional::stream).findFirst()
                    .ifPresent(opening -> {
                        Element site = (Element) ElementUtil.toJsoup(document,
                                MainLayout.firstPaint(brand, path, opening).getElement());
                        LIVE_ONLY.forEach(name -> site.select("[" + name + "]").removeAttr(name));
                        // Beside the outlet, not in it: the router empties the outlet as it starts.
                        outlet.before(site.addClass(PAINT_CLASS));
                        outlet.after(new Element("script").appendChild(new DataNode(TAKE_OVER)));
                        document.selectFirst("html").attr("lang", locale.getLanguage());
                        // The page is now in one customer's language: no shared cache may keep it for another.
                        response.getVaadinResponse().setHeader("Cache-Control", "private, no-cache");
                        response.getVaadinResponse().setHeader("Vary", "Accept-Language");
                    });
        } catch (RuntimeException e) {
            // The live page comes anyway: the paint is only a head start.
            LOG.warn("No first paint for /{}: {}", path, e.toString());
        } finally {
            UI.setCurrent(previous);
        }
    }

    /** The page's language as the live page will choose it: the link's {@code lang}, else the session's. */
    private static Locale language(QueryParameters parameters) {
        return Messages.language(parameters.getParameters())
                .orElseGet(() -> Messages.supported(Optional.ofNullable(VaadinSession.getCurrent())
                        .map(VaadinSession::getLocale).orElse(Messages.ENGLISH)));
    }
}
