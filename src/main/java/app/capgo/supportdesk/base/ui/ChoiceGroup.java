package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A question answered by one of its items: a {@code <fieldset>} of the browser's own radio
 * buttons, each inside a {@code <label>} holding the item's content (the whole card is the
 * target), with the question as its {@code <legend>}, a help line and an error line. Arrow keys
 * move between the options and choose as they go, as in every browser; nothing to download first.
 */
@Tag("fieldset")
public class ChoiceGroup<T> extends AbstractField<ChoiceGroup<T>, T> implements HasStyle {

    private final String name;
    private final List<T> items = new ArrayList<>();
    private final List<Element> inputs = new ArrayList<>();
    private final Element legend = new Element("legend");
    private final Element options = new Element("div");
    private final Element help = new Element("p");
    private final Element error = new Element("p");

    /** A group asking {@code question}, its radio buttons named {@code id} (also the fieldset's id). */
    public ChoiceGroup(String id, String question) {
        super(null);
        this.name = id;
        setId(id);
        addClassName("choice-group");
        legend.setText(question);
        legend.setAttribute("class", "choice-legend");
        help.setAttribute("class", "choice-help");
        help.setAttribute("id", id + "-help");
        options.setAttribute("class", "choice-options");
        error.setAttribute("class", "choice-error");
        error.setAttribute("id", id + "-error");
        error.setAttribute("role", "alert");
        error.setVisible(false);
        getElement().appendChild(legend, help, options, error);
        getElement().setAttribute("aria-describedby", id + "-help");
        getElement().addEventListener("change", event -> {
            int index = event.getEventData().get("event.target.value").asInt(-1);
            if (index >= 0 && index < items.size()) {
                setModelValue(items.get(index), true);
            }
        }).addEventData("event.target.value");
    }

    /** The answers, each shown as what {@code content} makes of it. */
    public void setItems(List<T> newItems, SerializableFunction<T, Component> content) {
        items.clear();
        inputs.clear();
        options.removeAllChildren();
        for (T item : newItems) {
            Element input = new Element("input");
            input.setAttribute("type", "radio");
            input.setAttribute("name", name);
            input.setAttribute("value", String.valueOf(items.size()));
            input.setAttribute("required", true);
            input.setAttribute("class", "choice-input");
            Element label = new Element("label");
            label.setAttribute("class", "choice");
            label.appendChild(input, content.apply(item).getElement());
            items.add(item);
            inputs.add(input);
            options.appendChild(label);
        }
        setPresentationValue(getValue());
    }

    /** The answers offered, in order. */
    public List<T> getItems() {
        return List.copyOf(items);
    }

    /** The help line under the question. */
    public void setHelperText(String text) {
        help.setText(text);
    }

    /** Shows {@code message} under the options and marks them invalid, or takes both away. */
    public void setError(@Nullable String message) {
        boolean invalid = message != null;
        error.setText(invalid ? message : "");
        error.setVisible(invalid);
        getElement().setAttribute("aria-describedby", invalid ? name + "-help " + name + "-error" : name + "-help");
        getElement().getClassList().set("invalid", invalid);
        for (Element input : inputs) {
            if (invalid) {
                input.setAttribute("aria-invalid", "true");
            } else {
                input.removeAttribute("aria-invalid");
            }
        }
    }

    /** The question asked. */
    public String getLabel() {
        return legend.getText();
    }

    /** The error shown, or an empty text. */
    public String getErrorMessage() {
        return error.getText();
    }

    /** Whether an error is shown. */
    public boolean isInvalid() {
        return getElement().getClassList().contains("invalid");
    }

    @Override
    protected void setPresentationValue(@Nullable T value) {
        int chosen = value == null ? -1 : items.indexOf(value);
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).setAttribute("checked", i == chosen);
            inputs.get(i).setProperty("checked", i == chosen);
        }
    }
}
