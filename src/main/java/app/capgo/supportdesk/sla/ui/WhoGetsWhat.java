package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.SlaTerms;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/** Who gets what: response targets for Team and Enterprise, uptime SLA and credits for Enterprise. */
final class WhoGetsWhat extends Div {

    WhoGetsWhat() {
        NativeTable table = new NativeTable();
        table.setId("sla-who");
        table.addClassName("sla-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("sla.who.plan"));
        head.addHeaderCell().setText(getTranslation("sla.who.targets"));
        head.addHeaderCell().setText(getTranslation("sla.who.uptime"));
        for (Plan plan : List.of(Plan.SOLO, Plan.MAKER, Plan.TEAM, Plan.ENTERPRISE)) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(getTranslation("answer.plan." + plan.code()));
            row.addDataCell().setText(getTranslation(SlaTerms.hasResponseTargets(plan) ? "sla.yes" : "sla.who.no-target"));
            row.addDataCell().setText(getTranslation(SlaTerms.hasUptimeSla(plan) ? "sla.yes" : "sla.no"));
        }
        add(Sections.section("sla-who-section", Sections.h2(this, "sla.who.title"),
                table, new Paragraph(getTranslation("sla.who.note"))));
    }
}
