package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.base.PolicySources;
import app.capgo.supportdesk.base.ui.HowWeCount;
import app.capgo.supportdesk.policy.Reading;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Clock;
import java.util.List;

/** The SLA terms for Enterprise customers on {@code /sla}, with the two calculators. */
@AnonymousAllowed
@Route(Routes.SLA)
@Menu(order = 2, title = "sla.menu")
final class SlaView extends VerticalLayout implements TitledView {

    SlaView(Clock clock, ChannelProperties channels, PolicySources sources) {
        addClassName("sla-view");
        setMaxWidth("60rem");
        add(new H1(getTranslation("sla.title")), new Paragraph(getTranslation("sla.intro")));
        add(new HowWeCount("sla-how-we-count", List.of(Reading.values()), sources));
        add(new WhoGetsWhat());
        add(new TargetsSection());
        add(new DeadlineCalculator(clock, sources));
        add(new UptimeSection());
        add(new CreditCalculator(clock, channels.supportEmail()));
        add(new ExclusionsSection());
    }

    @Override
    public String titleKey() {
        return "sla.title";
    }
}
