package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;

/** The main layout: header with product name and language switcher, menu built from {@code @Menu}. */
@Layout
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();

    MainLayout() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        Span product = new Span(getTranslation("app.name"));
        product.addClassName("app-name");
        HorizontalLayout header = new HorizontalLayout(toggle, product, new LanguageSwitcher());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(product);
        header.addClassName("app-header");
        addToNavbar(header);

        nav.getElement().setAttribute("aria-label", getTranslation("layout.menu.label"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            nav.addItem(item);
        });
    }
}
