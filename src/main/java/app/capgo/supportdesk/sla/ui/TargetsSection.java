package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.ui.TargetText;
import app.capgo.supportdesk.policy.BusinessHours;
import app.capgo.supportdesk.policy.ResponseTarget;
import app.capgo.supportdesk.policy.ResponseTargets;
import app.capgo.supportdesk.policy.Severity;
import app.capgo.supportdesk.policy.SlaColumn;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;


/** Severity definitions with examples, and the table of target initial response times. */
final class TargetsSection extends Div {

    TargetsSection() {
        UnorderedList severities = new UnorderedList();
        severities.setId("sla-severities");
        for (Severity severity : Severity.values()) {
            Span name = new Span(getTranslation("severity." + severity.code()));
            name.addClassName("term");
            severities.add(new ListItem(name, new Span(" " + getTranslation("sla.severity." + severity.code())),
                    new Paragraph(getTranslation("sla.severity.example." + severity.code()))));
        }
        NativeTable table = new NativeTable();
        table.setId("sla-targets");
        table.addClassName("sla-table");
        table.setCaptionText(getTranslation("sla.targets.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("sla.targets.severity"));
        ResponseTargets.COLUMNS.forEach(c -> head.addHeaderCell().setText(getTranslation("sla." + c.code())));
        for (Severity severity : Severity.values()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(getTranslation("severity." + severity.code()));
            for (SlaColumn column : ResponseTargets.COLUMNS) {
                ResponseTarget target = ResponseTargets.of(column, severity).orElseThrow();
                row.addDataCell().setText(text(target));
            }
        }
        Paragraph hours = new Paragraph(getTranslation("sla.targets.business-hours", BusinessHours.OPENS,
                BusinessHours.CLOSES, BusinessHours.HOURS_PER_DAY));
        add(Sections.section("sla-targets-section", Sections.h2(this, "sla.targets.title"),
                Sections.h3(this, "sla.severities.title"), severities, table, hours));
    }

    private String text(ResponseTarget target) {
        return TargetText.of(this, target);
    }
}
