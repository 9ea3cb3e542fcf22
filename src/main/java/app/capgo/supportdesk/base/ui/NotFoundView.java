package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.Routes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Any unknown address: a real "not found" page (HTTP 404), in the user's language, with the three ways in. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public final class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, TitledView {

    NotFoundView() {
        setId("not-found");
        addClassName("not-found-view");
        getStyle().set("max-width", "48rem");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("not-found.title")), new Paragraph(getTranslation("not-found.text")),
                new UnorderedList(entry(Routes.SUPPORT, "not-found.support", "not-found-support"),
                        entry(Routes.SLA, "not-found.sla", "not-found-sla"),
                        entry(Routes.PREMIUM, "not-found.premium", "not-found-premium")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    private ListItem entry(String route, String key, String id) {
        Anchor link = new Anchor(route, getTranslation(key));
        link.setId(id);
        return new ListItem(link);
    }

    @Override
    public String titleKey() {
        return "not-found.title";
    }
}
