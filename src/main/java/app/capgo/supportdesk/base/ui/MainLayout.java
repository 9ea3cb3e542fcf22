package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.BrandProperties;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.base.PolicySources;
import app.capgo.supportdesk.base.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The page around every view, in plain HTML: a skip link, a header with the brand, the menu (built
 * from {@code @Menu}, behind a button on a phone) and the language switcher, the view in
 * {@code <main>}, and the site footer. The document scrolls (no inner scroll container), so each
 * navigation starts at the top, with the keyboard focus on the new page's heading.
 */
@AnonymousAllowed
@Layout
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Header header = new Header();
    private final Nav nav = new Nav();
    private final NativeButton menu = new NativeButton();
    private final Anchor skip = new Anchor();
    private final Main main = new Main();
    private final LanguageSwitcher language = new LanguageSwitcher();
    private final SiteFooter footer;
    private final AuthenticationContext authentication;
    /** The menu's links, sent as HTML: shown with {@code display: contents}, as if they were the nav's own children. */
    private final Element menuLinks = new Element("div");
    /** The menu's entries in the current language, by path (without its leading slash). */
    private final Map<String, MenuLink> entries = new LinkedHashMap<>();
    /** The language the menu was built in: it is built again only when that changes. */
    private @Nullable Locale menuLocale;

    MainLayout(AuthenticationContext authentication, BrandProperties brand, ChannelProperties channels,
               PolicySources sources, @Value("${support.status.page}") URI statusPage) {
        this.authentication = authentication;
        this.footer = new SiteFooter(channels, sources, statusPage);
        site(this, brand);
        skip.setHref("#main-content");
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        // Moves the focus itself: the router would take the fragment link for a navigation.
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const m = document.getElementById('main-content'); m.focus(); m.scrollIntoView(); })");

        StaticHtml brandLink = brandLink(brand); // a link, an image and a name: sent frozen
        menu.setId("menu-toggle");
        menuToggle(menu);
        menu.addClickListener(e -> openMenu(!header.hasClassName("menu-open")));
        nav.setId("site-nav");
        nav.addClassName("site-nav");
        header.addClassName("site-header");
        menuLinks.setAttribute("class", "site-nav-links");
        header.add(menu, brandLink, nav, language);
        main.setId("main-content");
        main.addClassName("site-main");
        main.getElement().setAttribute("tabindex", "-1");
        add(skip, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    private void openMenu(boolean open) {
        header.setClassName("menu-open", open);
        menu.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The language may have changed with the navigation (a deep link's lang parameter).
        skip.setText(getTranslation("layout.skip"));
        menu.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        nav.getElement().setAttribute("aria-label", getTranslation("layout.menu.label"));
        language.showCurrent();
        Locale locale = getLocale();
        if (!locale.equals(menuLocale)) {
            menuLocale = locale;
            buildMenu();
            footer.build(authentication);
        }
        menuLinks.setProperty("innerHTML", menuHtml(entries, event.getLocation().getPath()));
        openMenu(false);
        if (event.getLocationChangeEvent().getTrigger() != NavigationTrigger.PAGE_LOAD) {
            // A new page starts at the top with the focus on its heading (or on what it marks to
            // take it first, such as a verdict's title); a step focuses its first option itself.
            getElement().executeJs("window.scrollTo(0, 0);"
                    + "const target = this.querySelector('main [data-focus-first]') || this.querySelector('main h1');"
                    + "if (target) { target.setAttribute('tabindex', '-1'); target.focus({preventScroll: true}); }");
        }
    }

    /**
     * Who may see which page cannot change within a UI (signing in or out loads a new page), so the
     * entries are read once per language: reading them checks access to every route, a fifth of a
     * step's server time when it was done on every navigation.
     */
    private void buildMenu() {
        nav.removeAll();
        entries.clear();
        MenuConfiguration.getMenuEntries().forEach(entry -> add(entries, entry, this));
        nav.getElement().appendChild(menuLinks);
        if (authentication.isAuthenticated()) {
            nav.add(signOut());
        }
    }

    /** The page around {@code opening} as it first shows: what {@link FirstPaint} sends in the HTML. */
    static Div firstPaint(BrandProperties brand, String path, Component opening) {
        Div site = new Div();
        site(site, brand);
        NativeButton toggle = new NativeButton();
        menuToggle(toggle);
        toggle.getElement().setAttribute("aria-label", site.getTranslation("layout.menu"));
        Nav links = new Nav();
        links.addClassName("site-nav");
        links.getElement().setAttribute("aria-label", site.getTranslation("layout.menu.label"));
        Element menu = new Element("div");
        menu.setAttribute("class", "site-nav-links");
        // Painted before anyone is known to be signed in: the pages open to everyone.
        Map<String, MenuLink> open = new LinkedHashMap<>();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != null && entry.menuClass().isAnnotationPresent(AnonymousAllowed.class))
                .forEach(entry -> add(open, entry, site));
        menu.setProperty("innerHTML", menuHtml(open, path));
        links.getElement().appendChild(menu);
        Header top = new Header(toggle, brandLink(brand), links, new LanguageSwitcher());
        top.addClassName("site-header");
        Main content = new Main(opening);
        content.addClassName("site-main");
        site.add(top, content);
        return site;
    }

    /** The page's outer element: its class, and the brand's colour when one is configured. */
    private static void site(Div site, BrandProperties brand) {
        site.addClassName("site");
        brand.configuredColour().ifPresent(colour -> {
            site.getElement().getStyle().set("--app-brand-colour", colour);
            site.addClassName("custom-brand");
        });
    }

    /** The brand's logo and name, a link home. */
    private static StaticHtml brandLink(BrandProperties brand) {
        Image logo = new Image(brand.logo(), "");
        logo.addClassName("app-logo");
        Anchor product = new Anchor(Routes.HOME, logo);
        Span name = new Span(brand.configuredName().orElseGet(() -> product.getTranslation("app.name")));
        product.add(name);
        product.setId("app-name");
        product.addClassName("app-name");
        return StaticHtml.of(product);
    }

    /** The phone's menu button: three bars, controlling the nav. */
    private static void menuToggle(NativeButton toggle) {
        Span bars = new Span();
        bars.addClassName("menu-bars");
        toggle.add(bars);
        toggle.addClassName("menu-toggle");
        toggle.getElement().setAttribute("aria-controls", "site-nav");
        toggle.getElement().setAttribute("aria-expanded", "false");
    }

    /** Adds {@code entry} to {@code entries} in {@code translator}'s language, by path (without its leading slash). */
    private static void add(Map<String, MenuLink> entries, MenuEntry entry, Component translator) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        entries.put(path, new MenuLink(entry.path(), translator.getTranslation(entry.title())));
    }

    /** The menu's links, the one of {@code path} marked as the current page. */
    private static String menuHtml(Map<String, MenuLink> entries, String path) {
        Document document = StaticHtml.document();
        entries.forEach((entryPath, entry) -> {
            org.jsoup.nodes.Element link = document.body().appendElement("a").attr("href", entry.href())
                    .addClass("site-nav-link").text(entry.title());
            if (entryPath.equals(path)) {
                link.attr("aria-current", "page");
            }
        });
        return StaticHtml.html(document);
    }

    /** A menu entry: where it goes and what it says. */
    private record MenuLink(String href, String title) {
    }

    private Component signOut() {
        NativeButton logout = new NativeButton(getTranslation("layout.logout",
                authentication.getPrincipalName().orElse("")), e -> authentication.logout());
        logout.setId("logout");
        logout.addClassName("site-nav-logout");
        return logout;
    }
}
