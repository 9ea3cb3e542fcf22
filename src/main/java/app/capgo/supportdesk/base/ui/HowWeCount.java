package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.PolicySources;
import app.capgo.supportdesk.policy.Reading;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The "How we count" note: the readings the app applied where Capgo's published text is silent,
 * so nobody mistakes the app's arithmetic for Capgo's promise, and where the rules come from.
 */
public final class HowWeCount extends Aside {

    /** A note listing {@code readings} (none: only the source) and linking the published pages. */
    public HowWeCount(String id, List<Reading> readings, PolicySources sources) {
        setId(id);
        addClassName("how-we-count");
        add(new H3(getTranslation("how-we-count.title")));
        if (!readings.isEmpty()) {
            add(new Paragraph(getTranslation("how-we-count.intro")));
            UnorderedList list = new UnorderedList();
            readings.forEach(r -> {
                ListItem item = new ListItem(getTranslation("reading." + r.name().toLowerCase(Locale.ROOT), r.arguments()));
                item.getElement().setAttribute("data-reading", r.name().toLowerCase(Locale.ROOT));
                list.add(item);
            });
            add(list);
        }
        Paragraph source = new Paragraph(new Text(getTranslation("how-we-count.source") + " "),
                link(sources.supportPolicy()), new Text(" " + getTranslation("how-we-count.and") + " "),
                link(sources.sla()));
        source.addClassName("how-we-count-source");
        add(source);
    }

    /**
     * One reading as a line beside the figure it changes: "How we count: one business day is 12
     * business hours." The note at the foot of the page then names the sources once.
     */
    public static Paragraph line(Reading reading) {
        String code = reading.name().toLowerCase(Locale.ROOT);
        Paragraph line = new Paragraph();
        line.setText(line.getTranslation("how-we-count.line", line.getTranslation("reading." + code, reading.arguments())));
        line.addClassName("reading-note");
        line.getElement().setAttribute("data-reading", code);
        return line;
    }

    private static Anchor link(URI uri) {
        String text = uri.getHost() + uri.getPath();
        Anchor anchor = new Anchor(uri.toString(), text.startsWith("www.") ? text.substring(4) : text);
        NewTab.open(anchor);
        return anchor;
    }
}
