package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * The main layout: header with product name and language switcher; drawer with the menu built
 * from {@code @Menu} and the sales sign-in (or sign-out).
 */
@AnonymousAllowed
@Layout
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    private final DrawerToggle toggle = new DrawerToggle();
    private final LanguageSwitcher language = new LanguageSwitcher();
    /** The language the menu was built in: it is built again only when that changes. */
    private @Nullable Locale menuLocale;

    MainLayout(AuthenticationContext authentication) {
        Image logo = new Image("icons/logo.svg", "");
        logo.addClassName("app-logo");
        Span name = new Span(getTranslation("app.name"));
        Anchor product = new Anchor(Routes.HOME, logo, name);
        product.addClassName("app-name");
        HorizontalLayout header = new HorizontalLayout(toggle, product, language);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(product);
        header.addClassName("app-header");
        addToNavbar(header);

        addToDrawer(nav, account(authentication));
        setPrimarySection(Section.DRAWER);
    }

    /** Sign out for a signed-in user; otherwise the way to the sales sign-in. */
    private Component account(AuthenticationContext authentication) {
        if (authentication.isAuthenticated()) {
            Button logout = new Button(getTranslation("layout.logout",
                    authentication.getPrincipalName().orElse("")), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassName("drawer-account");
            return logout;
        }
        Anchor login = new Anchor(Routes.LOGIN, getTranslation("layout.login"));
        login.setId("login-link");
        login.addClassName("drawer-account");
        return login;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The language may have changed with the navigation (a deep link's lang parameter).
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        nav.getElement().setAttribute("aria-label", getTranslation("layout.menu.label"));
        language.showCurrent();
        // Who may see which page cannot change within a UI (signing in or out loads a new page), so
        // the entries are read once per language: reading them checks access to every route, a fifth
        // of a step's server time when it was done on every navigation.
        Locale locale = getLocale();
        if (!locale.equals(menuLocale)) {
            menuLocale = locale;
            nav.removeAll();
            MenuConfiguration.getMenuEntries().forEach(entry -> {
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
                nav.addItem(item);
            });
        }
    }
}
