package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.Routes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The home page: what the app does for the customer, and the way into the support flow. */
@AnonymousAllowed
@Route(Routes.HOME)
@Menu(order = 0, title = "home.menu")
final class HomeView extends VerticalLayout implements TitledView {

    HomeView() {
        addClassName("home-view");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        Anchor start = new Anchor(Routes.SUPPORT, getTranslation("home.start"));
        start.setId("start");
        start.addClassName("primary-link");
        Anchor sla = new Anchor(Routes.SLA, getTranslation("home.sla"));
        sla.setId("home-sla");
        Anchor premium = new Anchor(Routes.PREMIUM, getTranslation("home.premium"));
        premium.setId("home-premium");
        add(title, intro, start, new Paragraph(getTranslation("home.more")), new UnorderedList(
                new ListItem(sla), new ListItem(premium)));
        setMaxWidth("48rem");
    }

    @Override
    public String titleKey() {
        return "home.title";
    }
}
