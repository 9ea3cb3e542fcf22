package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DebouncePhase;

/**
 * The browser's own {@code <textarea>}: its value reaches the server as the customer types, at
 * most once per {@code pause} while typing goes on and once more when it stops. Its label and help
 * are elements of the page around it ({@link LabelledField}).
 */
@Tag("textarea")
public class NativeTextArea extends AbstractSinglePropertyField<NativeTextArea, String> implements HasStyle {

    /** A text of at most {@code maxLength} characters, sent while typing at most once per {@code pauseMillis}. */
    public NativeTextArea(int maxLength, int pauseMillis) {
        this(pauseMillis);
        getElement().setAttribute("maxlength", String.valueOf(maxLength));
    }

    /** A text only the server writes (the customer reads, selects and copies it). */
    public static NativeTextArea readOnly() {
        NativeTextArea area = new NativeTextArea(0);
        area.setReadOnly(true);
        area.getElement().setAttribute("readonly", true);
        return area;
    }

    private NativeTextArea(int pauseMillis) {
        super("value", "", false);
        setSynchronizedEvent("input");
        getSynchronizationRegistration().debounce(Math.max(pauseMillis, 1), DebouncePhase.LEADING,
                DebouncePhase.INTERMEDIATE, DebouncePhase.TRAILING);
        getElement().setAttribute("rows", "3");
    }
}
