package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.i18n.Translator;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.base.PolicySources;
import app.capgo.supportdesk.base.ui.DomOnce;
import app.capgo.supportdesk.base.ui.HowWeCount;
import app.capgo.supportdesk.base.ui.StaticHtml;
import app.capgo.supportdesk.policy.Reading;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The SLA terms for Enterprise customers on {@code /sla}, with the two calculators. */
@AnonymousAllowed
@Route(Routes.SLA)
@Menu(order = 2, title = "sla.menu")
final class SlaView extends Div implements TitledView, AfterNavigationObserver, BeforeEnterObserver {

    /** The event the page fires once built, to get its parts below the first screen. */
    static final String REST_WANTED = "sla-rest-wanted";

    private final DeadlineCalculator deadline;

    SlaView(Clock clock, ChannelProperties channels, PolicySources sources) {
        addClassName("sla-view");
        add(opening(this::getTranslation));
        // The customer comes for a number: the calculators first (/sla#deadline, /sla#credit), then
        // the terms, and how this page counts as a footnote with the published sources.
        deadline = new DeadlineCalculator(clock);
        deadline.setId("deadline");
        Div credit = new Div();
        credit.setId("credit");
        credit.addClassName("calculator-slot");
        add(deadline, credit);
        // What is below a phone's first screen comes one round trip after the page, which asks for it
        // once it is built: the credit calculator's elements and the terms' HTML were half of the
        // response the browser's task building the page handles (issue 25). The request leaves as
        // that response's handling ends, so the page is never idle without them.
        DomOnce.listen(getElement(), REST_WANTED, () -> {
            credit.add(new CreditCalculator(clock, channels.supportEmail()));
            Stream.of(new WhoGetsWhat(), new TargetsSection(), new UptimeSection(), new ExclusionsSection(),
                    new HowWeCount("sla-how-we-count", List.of(Reading.values()), sources)).map(StaticHtml::of)
                    .forEach(this::add);
            scrollToLinkedPart(this);
        });
        getElement().executeJs("this.dispatchEvent(new Event($0))", REST_WANTED);
    }

    /** The page's title and what it answers: the page's first paint too. */
    static Component[] opening(Translator t) {
        return new Component[] {new H1(t.get("sla.title")), new Paragraph(t.get("sla.intro"))};
    }

    /** A verdict's link prefills the deadline calculator ({@code ?severity=high&sla=enterprise&tz=Europe/Paris}). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        deadline.prefill(first(parameters, Routes.SLA_SEVERITY), first(parameters, Routes.SLA_COLUMN),
                first(parameters, Routes.SLA_ZONE));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    /**
     * A link to a part ({@code /sla#credit}) opens at it once the page is built. Such a page is laid out
     * whole (class {@code linked}) before its terms arrive: the parts drawn only near the screen have
     * estimated heights, which would move the linked part, or the footer below it, once drawn; and the
     * browser scrolls to the part as soon as it arrives, before the page's own scroll.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("if (location.hash.length > 1) { this.classList.add('linked'); }");
        scrollToLinkedPart(this);
    }

    /** Scrolls to the part the link's fragment names, when {@code container} holds it. */
    private static void scrollToLinkedPart(Component container) {
        container.getElement().executeJs("setTimeout(() => { const id = location.hash.substring(1);"
                + " const target = id && document.getElementById(id);"
                + " if (target && this.contains(target)) { target.scrollIntoView(); } })");
    }

    @Override
    public String titleKey() {
        return "sla.title";
    }
}
