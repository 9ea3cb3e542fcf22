package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The browser's own {@code <select>}, one {@code <option>} per item: no web component to download
 * before the page shows (a phone opens its own list). The value is the item chosen; the options'
 * text comes from {@code label}, their {@code lang} from {@code language} when given.
 */
@Tag("select")
public class NativeSelect<T> extends AbstractField<NativeSelect<T>, T> implements HasStyle, HasAriaLabel {

    private final List<T> items = new ArrayList<>();
    private final List<Element> options = new ArrayList<>();

    public NativeSelect() {
        super(null);
        getElement().addEventListener("change", event -> {
            int index = event.getEventData().get("element.selectedIndex").asInt(-1);
            if (index >= 0 && index < items.size()) {
                setModelValue(items.get(index), true);
            }
        }).addEventData("element.selectedIndex");
    }

    /** The items, in order, each shown as {@code label} and spoken in the language {@code language} gives (or none). */
    public void setItems(List<T> newItems, SerializableFunction<T, String> label,
                         SerializableFunction<T, @Nullable String> language) {
        items.clear();
        options.clear();
        getElement().removeAllChildren();
        for (T item : newItems) {
            Element option = new Element("option");
            option.setAttribute("value", String.valueOf(items.size()));
            option.setText(label.apply(item));
            String lang = language.apply(item);
            if (lang != null) {
                option.setAttribute("lang", lang);
            }
            items.add(item);
            options.add(option);
            getElement().appendChild(option);
        }
        setPresentationValue(getValue());
    }

    @Override
    protected void setPresentationValue(@Nullable T value) {
        int chosen = value == null ? -1 : items.indexOf(value);
        for (int i = 0; i < options.size(); i++) {
            // The attribute for the first paint, the property once the customer has used the list.
            options.get(i).setAttribute("selected", i == chosen);
            options.get(i).setProperty("selected", i == chosen);
        }
    }
}
