package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasElement;

/**
 * A field's limit said as the customer types ("Shown to Capgo's sales team · 12 of 100
 * characters"), counted in the browser, so a field never stops taking text without a word.
 */
public final class LengthCounter {

    private LengthCounter() {
    }

    /** Adds the count to {@code field}'s helper text; {@code max} is its maximum length. */
    public static <T extends HasElement & HasHelper> void attach(T field, int max) {
        String helper = field.getHelperText() == null ? "" : field.getHelperText();
        String count = field.getElement().getComponent().orElseThrow().getTranslation("field.count", "{n}", max);
        field.getElement().executeJs("const helper = $0, count = $1;"
                + " const show = () => { const c = count.replace('{n}', (this.value || '').length);"
                + " this.helperText = helper ? helper + ' · ' + c : c; };"
                + " this.addEventListener('input', show); show();", helper, count);
    }
}
