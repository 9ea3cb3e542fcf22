package app.capgo.supportdesk.sla.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Locale;

/** Small builders shared by the SLA page's sections. */
final class Sections {

    private Sections() {
    }

    static Section section(String id, Component title, Component... content) {
        Section section = new Section(title);
        section.setId(id);
        section.addClassName("sla-section");
        section.add(content);
        return section;
    }

    /**
     * A legal list folded under its title: a native {@code <details>}, so that the browser's find
     * in page still finds (and opens) what it holds, unlike a web component's hidden content.
     */
    static NativeDetails folded(Component parent, String titleKey, Component content) {
        NativeDetails details = new NativeDetails(parent.getTranslation(titleKey), content);
        details.addClassName("sla-folded");
        return details;
    }

    static H2 h2(Component parent, String key) {
        return new H2(parent.getTranslation(key));
    }

    static H3 h3(Component parent, String key) {
        return new H3(parent.getTranslation(key));
    }

    /**
     * A list with one translated item per constant: {@code prefix + constant name in lower case}, each
     * text receiving {@code arguments} (the numbers the policy core owns).
     */
    static UnorderedList list(Component parent, String id, String prefix, List<? extends Enum<?>> items,
                              Object... arguments) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        items.forEach(item -> list.add(new ListItem(parent.getTranslation(prefix + item.name().toLowerCase(Locale.ROOT),
                arguments))));
        return list;
    }
}
