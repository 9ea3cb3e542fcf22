package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * A native field with its visible label above and its help below, tied to it for assistive
 * technology ({@code for}, {@code aria-describedby}): what Vaadin's fields draw inside their web
 * component, in plain HTML.
 */
public final class LabelledField extends Div {

    /** {@code field} (which must have an id) labelled {@code label}, described by {@code help} if given. */
    public LabelledField(Component field, String label, @Nullable String help) {
        String id = field.getId().orElseThrow(() -> new IllegalArgumentException("a labelled field needs an id"));
        addClassName("labelled-field");
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(id);
        caption.addClassName("field-label");
        field.addClassName("field-input");
        add(caption, field);
        if (help != null) {
            Paragraph description = new Paragraph(help);
            description.setId(id + "-help");
            description.addClassName("field-help");
            field.getElement().setAttribute("aria-describedby", id + "-help");
            add(description);
        }
    }
}
