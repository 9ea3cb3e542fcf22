package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.policy.BusinessHours;
import app.capgo.supportdesk.policy.ServiceCredits;
import app.capgo.supportdesk.policy.SlaTerms;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Arrays;

/** The uptime commitment, the credit table, the definitions and how credits are granted. */
final class UptimeSection extends Div {

    UptimeSection() {
        Paragraph commitment = new Paragraph(getTranslation("sla.uptime.commitment", ServiceCredits.COMMITMENT));
        commitment.setId("sla-commitment");
        NativeTable credits = new NativeTable();
        credits.setId("sla-credits");
        credits.addClassName("sla-table");
        credits.setCaptionText(getTranslation("sla.credits.caption"));
        NativeTableRow head = credits.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("sla.credits.availability"));
        head.addHeaderCell().setText(getTranslation("sla.credits.percent"));
        NativeTableRow none = credits.getBody().addRow();
        none.addDataCell().setText(getTranslation("sla.credits.at-least", ServiceCredits.COMMITMENT));
        none.addDataCell().setText(getTranslation("sla.credits.percent-value", 0));
        for (ServiceCredits.Band band : ServiceCredits.BANDS) {
            NativeTableRow row = credits.getBody().addRow();
            row.addDataCell().setText(band.from().signum() == 0
                    ? getTranslation("sla.credits.below", band.below())
                    : getTranslation("sla.credits.range", band.from(), band.below()));
            row.addDataCell().setText(getTranslation("sla.credits.percent-value", band.percent()));
        }
        add(Sections.section("sla-uptime-section", Sections.h2(this, "sla.uptime.title"), commitment, credits,
                Sections.list(this, "sla-credit-conditions", "sla.credit-condition.",
                        Arrays.asList(SlaTerms.CreditCondition.values()), ServiceCredits.ISSUED_WITHIN_DAYS),
                Sections.folded(this, "sla.definitions.title", Sections.list(this, "sla-definitions",
                        "sla.definition.", Arrays.asList(SlaTerms.Definition.values()),
                        BusinessHours.OPENS, BusinessHours.CLOSES))));
    }
}
