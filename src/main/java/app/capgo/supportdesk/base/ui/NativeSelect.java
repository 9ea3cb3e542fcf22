package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The browser's own {@code <select>}, one {@code <option>} per item: no web component to download
 * before the page shows (a phone opens its own list). The value is the item chosen; the options'
 * text comes from {@code label}, their {@code lang} from {@code language} when given. The options
 * are sent as HTML ({@link StaticHtml}'s way: no server-side node per option); the browser's
 * {@code selectedIndex} is kept in step with the server's.
 */
@Tag("select")
public class NativeSelect<T> extends AbstractField<NativeSelect<T>, T> implements HasStyle, HasAriaLabel {

    private static final String SELECTED_INDEX = "selectedIndex";

    private final List<T> items = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<@Nullable String> languages = new ArrayList<>();

    public NativeSelect() {
        super(null);
        getElement().addPropertyChangeListener(SELECTED_INDEX, "change", event -> {
            if (event.isUserOriginated() && event.getValue() instanceof Number number) {
                int index = number.intValue();
                if (index >= 0 && index < items.size()) {
                    setModelValue(items.get(index), true);
                }
            }
        });
    }

    /** The items, in order, each shown as {@code label} and spoken in the language {@code language} gives (or none). */
    public void setItems(List<T> newItems, SerializableFunction<T, String> label,
                         SerializableFunction<T, @Nullable String> language) {
        items.clear();
        labels.clear();
        languages.clear();
        for (T item : newItems) {
            items.add(item);
            labels.add(label.apply(item));
            languages.add(language.apply(item));
        }
        setPresentationValue(getValue());
    }

    /** The options as sent: their HTML, the chosen one marked {@code selected}. */
    public String getOptionsHtml() {
        return getElement().getProperty("innerHTML", "");
    }

    @Override
    protected void setPresentationValue(@Nullable T value) {
        int chosen = value == null ? -1 : items.indexOf(value);
        // The attribute for the first paint (whatever order the browser applies the two in), the
        // property once the customer has used the list; no choice shows the first option.
        getElement().setProperty("innerHTML", optionsHtml(chosen));
        getElement().setProperty(SELECTED_INDEX, Math.max(chosen, 0));
    }

    private String optionsHtml(int chosen) {
        Document document = StaticHtml.document();
        for (int i = 0; i < items.size(); i++) {
            org.jsoup.nodes.Element option = document.body().appendElement("option")
                    .attr("value", String.valueOf(i)).text(labels.get(i));
            String lang = languages.get(i);
            if (lang != null) {
                option.attr("lang", lang);
            }
            if (i == chosen) {
                option.attr("selected", true);
            }
        }
        return StaticHtml.html(document);
    }
}
