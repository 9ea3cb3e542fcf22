package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.policy.SlaTerms;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What does not count as Unscheduled Downtime: the SLA's own exclusions and its two lists. */
final class ExclusionsSection extends Div {

    ExclusionsSection() {
        add(Sections.section("sla-exclusions-section", Sections.h2(this, "sla.exclusions.title"),
                new Paragraph(getTranslation("sla.exclusions.intro")),
                Sections.list(this, "sla-exclusions-base", "sla.exclusion.", SlaTerms.Exclusion.of(SlaTerms.ExclusionList.BASE)),
                // The two long legal lists fold below their titles.
                Sections.folded(this, "sla.exclusions.general", Sections.list(this, "sla-exclusions-general",
                        "sla.exclusion.", SlaTerms.Exclusion.of(SlaTerms.ExclusionList.GENERAL))),
                Sections.folded(this, "sla.exclusions.live-update", Sections.list(this, "sla-exclusions-live-update",
                        "sla.exclusion.", SlaTerms.Exclusion.of(SlaTerms.ExclusionList.LIVE_UPDATE)))));
    }
}
