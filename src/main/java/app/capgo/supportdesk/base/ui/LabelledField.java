package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * A native field with its visible label above, its help and its error below, tied to it for
 * assistive technology ({@code for}, {@code aria-describedby}, {@code aria-invalid}): what Vaadin's
 * fields draw inside their web component, in plain HTML.
 */
public final class LabelledField extends Div {

    private final Component field;
    private final String id;
    private final @Nullable Paragraph help;
    private @Nullable Paragraph error;

    /** {@code field} (which must have an id) labelled {@code label}, described by {@code help} if given. */
    public LabelledField(Component field, String label, @Nullable String help) {
        this.field = field;
        this.id = field.getId().orElseThrow(() -> new IllegalArgumentException("a labelled field needs an id"));
        addClassName("labelled-field");
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(id);
        caption.addClassName("field-label");
        field.addClassName("field-input");
        add(caption, field);
        this.help = help == null ? null : new Paragraph(help);
        if (this.help != null) {
            this.help.setId(id + "-help");
            this.help.addClassName("field-help");
            add(this.help);
        }
        describe();
    }

    /** Replaces the help line (a field given one at construction). */
    public void setHelp(String text) {
        if (help == null) {
            throw new IllegalStateException("field " + id + " was built without a help line");
        }
        if (!text.equals(help.getText())) {
            help.setText(text);
        }
    }

    /** Shows {@code message} under the field and marks it invalid, or takes both away. */
    public void setError(@Nullable String message) {
        if (error == null && message == null) {
            return;
        }
        if (error == null) {
            // Made on the first error only: most fields never show one, and each element costs the session.
            error = new Paragraph();
            error.setId(id + "-error");
            error.addClassName("field-error");
            error.getElement().setAttribute("role", "alert");
            add(error);
        }
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        if (message == null) {
            field.getElement().removeAttribute("aria-invalid");
        } else {
            field.getElement().setAttribute("aria-invalid", "true");
        }
        describe();
    }

    /** Whether an error is shown. */
    public boolean isInvalid() {
        return error != null && error.isVisible();
    }

    /** The error shown, or an empty text. */
    public String getErrorMessage() {
        return error == null ? "" : error.getText();
    }

    private void describe() {
        String described = ((help == null ? "" : id + "-help ") + (isInvalid() ? id + "-error" : "")).strip();
        if (described.isEmpty()) {
            field.getElement().removeAttribute("aria-describedby");
        } else {
            field.getElement().setAttribute("aria-describedby", described);
        }
    }
}
