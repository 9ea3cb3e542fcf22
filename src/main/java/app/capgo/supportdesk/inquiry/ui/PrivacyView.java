package app.capgo.supportdesk.inquiry.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.SalesProperties;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.inquiry.RateLimitProperties;
import app.capgo.supportdesk.inquiry.RetentionProperties;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Period;

/**
 * The privacy notice of the premium form on {@code /privacy}: what is stored, for how long (from
 * the retention setting), who sees it, and how to have it erased; and what the rest of the desk
 * keeps (nothing about a person).
 */
@AnonymousAllowed
@Route(Routes.PRIVACY)
final class PrivacyView extends VerticalLayout implements TitledView {

    PrivacyView(RetentionProperties retention, SalesProperties sales, RateLimitProperties rateLimit) {
        addClassName("privacy-view");
        setMaxWidth("48rem");
        Paragraph kept = new Paragraph(getTranslation("privacy.kept.text", months(retention.period())));
        kept.setId("privacy-kept");
        add(new H1(getTranslation("privacy.title")),
                new H2(getTranslation("privacy.stored")), new Paragraph(getTranslation("privacy.stored.text")),
                new H2(getTranslation("privacy.who")), new Paragraph(getTranslation("privacy.who.text")),
                new H2(getTranslation("privacy.kept")), kept,
                new H2(getTranslation("privacy.erase")),
                new Paragraph(getTranslation("privacy.erase.text", String.join(", ", sales.recipients()))),
                new H2(getTranslation("privacy.flow")),
                new Paragraph(getTranslation("privacy.flow.text", rateLimit.window().toMinutes())));
    }

    /** The retention period in whole months, as the setting is usually written ({@code 24m}, {@code 2y}). */
    private static long months(Period period) {
        return period.toTotalMonths() + (period.getDays() >= 15 ? 1 : 0);
    }

    @Override
    public String titleKey() {
        return "privacy.title";
    }
}
