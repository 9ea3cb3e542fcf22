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

    public NativeTextArea(int maxLength, int pauseMillis) {
        super("value", "", false);
        setSynchronizedEvent("input");
        getSynchronizationRegistration().debounce(pauseMillis, DebouncePhase.LEADING, DebouncePhase.INTERMEDIATE,
                DebouncePhase.TRAILING);
        getElement().setAttribute("maxlength", String.valueOf(maxLength));
        getElement().setAttribute("rows", "3");
    }
}
