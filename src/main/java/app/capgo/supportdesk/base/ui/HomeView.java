package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The home page: what the app does for the customer, and the way into the support flow. */
@AnonymousAllowed
@Route("")
@Menu(order = 0, title = "home.menu")
final class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** The routes of the features (linked, not imported: features stay independent). */
    private static final String SUPPORT_ROUTE = "support";
    private static final String SLA_ROUTE = "sla";
    private static final String PREMIUM_ROUTE = "premium";

    HomeView() {
        addClassName("home-view");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        Anchor start = new Anchor(SUPPORT_ROUTE, getTranslation("home.start"));
        start.setId("start");
        start.addClassName("primary-link");
        Anchor sla = new Anchor(SLA_ROUTE, getTranslation("home.sla"));
        sla.setId("home-sla");
        Anchor premium = new Anchor(PREMIUM_ROUTE, getTranslation("home.premium"));
        premium.setId("home-premium");
        add(title, intro, start, new Paragraph(getTranslation("home.more")), new UnorderedList(
                new ListItem(sla), new ListItem(premium)));
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
