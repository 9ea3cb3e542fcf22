package app.capgo.supportdesk.insights.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import java.util.List;

/**
 * One chart of the insights: its heading, a sentence saying what it counts, the chart (SVG, an image
 * named by its heading) and, behind "Show the numbers", the same figures as a table, for screen
 * readers and for whoever would rather read them (made when first opened).
 */
final class ChartSection extends Section {

    ChartSection(String id, String title, String intro, String svg, List<String> header, List<List<String>> rows) {
        setId(id);
        addClassName("insights-section");
        add(new H2(title));
        if (!intro.isEmpty()) {
            add(new Paragraph(intro));
        }
        Svg chart = new Svg(svg);
        chart.addClassName("chart-box");
        chart.getElement().setAttribute("aria-hidden", "true"); // the table below says the same, as text
        add(chart);
        // The table is made when first opened: a 90-day table is about a thousand elements nobody may open.
        NativeDetails numbers = new NativeDetails(getTranslation("insights.numbers"));
        numbers.addClassName("chart-numbers");
        numbers.addToggleListener(e -> {
            if (e.isOpened() && numbers.getContent() == null) {
                numbers.setContent(table(header, rows));
            }
        });
        add(numbers);
    }

    static NativeTable table(List<String> header, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("insights-table");
        NativeTableRow head = new NativeTableRow();
        header.forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        table.getHead().addRows(head);
        NativeTableBody body = table.getBody();
        for (List<String> row : rows) {
            NativeTableRow line = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell first = new NativeTableHeaderCell(row.get(i));
                    first.getElement().setAttribute("scope", "row");
                    line.add(first);
                } else {
                    NativeTableCell cell = new NativeTableCell(row.get(i));
                    cell.addClassName("number");
                    line.add(cell);
                }
            }
            body.addRows(line);
        }
        return table;
    }
}
