package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DebouncePhase;

/**
 * The browser's own {@code <input>} of a {@link Type}: a phone opens its own keyboard, date or
 * time wheel, nothing to download first. Its value is the browser's ({@code 2026-11-27} for a
 * date, {@code 17:30} for a time, empty while a date or time is incomplete); it reaches the server
 * as the customer types, at most once per {@code pause} and once more when typing stops. Its label,
 * help and error are elements of the page around it ({@link LabelledField}).
 */
@Tag("input")
public class NativeInput extends AbstractSinglePropertyField<NativeInput, String> implements HasStyle {

    /** The kinds of input the pages use, as the browser names them. */
    public enum Type {
        TEXT("text"), DATE("date"), TIME("time");

        private final String html;

        Type(String html) {
            this.html = html;
        }
    }

    /** An input of {@code type} holding at most {@code maxLength} characters, sent at most once per {@code pauseMillis}. */
    public NativeInput(Type type, int maxLength, int pauseMillis) {
        super("value", "", false);
        getElement().setAttribute("type", type.html);
        getElement().setAttribute("maxlength", String.valueOf(maxLength));
        setSynchronizedEvent("input");
        getSynchronizationRegistration().debounce(Math.max(pauseMillis, 1), DebouncePhase.LEADING,
                DebouncePhase.INTERMEDIATE, DebouncePhase.TRAILING);
    }
}
