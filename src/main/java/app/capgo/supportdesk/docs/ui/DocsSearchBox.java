package app.capgo.supportdesk.docs.ui;

import app.capgo.supportdesk.docs.DocsLibrary;
import app.capgo.supportdesk.base.ui.LabelledField;
import app.capgo.supportdesk.base.ui.NativeTextArea;
import app.capgo.supportdesk.insights.Entry;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;

import java.util.function.UnaryOperator;

/**
 * The home page's search, above everything: "Describe your problem or paste an error" (id
 * {@code docs-search}), suggestions as the customer types (no page reload), and under them "Not
 * answered? Ask Capgo", which goes on into the guided flow with the text kept.
 */
public final class DocsSearchBox extends Div {

    /** Suggestions shown at most. */
    public static final int MAX_RESULTS = 5;
    private static final int DEBOUNCE_MILLIS = 300;
    /** The longest text searched (a pasted log of a few screens). */
    private static final int MAX_TEXT = 20_000;

    private final DocsLibrary docs;
    private final Div results = new Div();
    private final Anchor ask = new Anchor();
    private final UnaryOperator<String> askLink;

    /** A search box over {@code docs}; {@code askLink} is the flow's address for a text. */
    public DocsSearchBox(DocsLibrary docs, UnaryOperator<String> askLink) {
        this.docs = docs;
        this.askLink = askLink;
        addClassName("docs-search-box");
        NativeTextArea field = new NativeTextArea(MAX_TEXT, DEBOUNCE_MILLIS);
        field.setId("docs-search");
        field.addValueChangeListener(e -> show(e.getValue()));
        results.setId("docs-search-results");
        ask.setId("docs-ask");
        ask.setText(getTranslation("docs.ask"));
        ask.addClassName("docs-ask");
        // On the page only once a text is typed: a hidden link would have no address (Flow sends nothing of an
        // invisible element), which crawlers and Lighthouse count as a link they cannot follow.
        add(new LabelledField(field, getTranslation("docs.search.label"), getTranslation("docs.search.help")), results);
    }

    private void show(String text) {
        results.removeAll();
        ask.removeFromParent();
        if (!text.isBlank()) {
            String href = askLink.apply(text);
            Location location = new Location(href);
            results.add(new DocsSuggestions(docs, text, Entry.IN_APP, () -> getUI().ifPresent(ui ->
                    ui.navigate(location.getPath(), location.getQueryParameters()))));
            ask.setHref(href);
            add(ask);
        }
    }
}
