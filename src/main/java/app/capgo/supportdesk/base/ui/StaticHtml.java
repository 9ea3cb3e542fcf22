package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;

/**
 * A part of a page the server never changes again (terms, tables, notes): built as components,
 * then sent as one element holding its content as HTML. The browser parses it at once instead of
 * Vaadin's client creating each element, and the session keeps one text instead of a node per
 * element. Nothing inside may listen to events: links work, as router links do.
 */
@Tag("div")
public final class StaticHtml extends Component {

    private StaticHtml(Element element) {
        super(element);
    }

    /** {@code built} and all it holds, frozen: same tag, attributes and content, no server-side nodes below. */
    public static StaticHtml of(Component built) {
        Element source = built.getElement();
        Element frozen = new Element(source.getTag());
        source.getAttributeNames().forEach(name -> frozen.setAttribute(name, source.getAttribute(name)));
        frozen.setProperty("innerHTML", innerHtml(source));
        return new StaticHtml(frozen);
    }

    /**
     * Fills {@code container} with {@code parts}, frozen: the container stays a live element (its
     * attributes, a listener that hears its parts' clicks), what it holds is HTML.
     */
    public static void fill(Component container, Component... parts) {
        fill(container, java.util.Arrays.stream(parts).map(Component::getElement).toArray(Element[]::new));
    }

    /** The same, with elements built without components. */
    public static void fill(Component container, Element... parts) {
        Element holder = new Element(container.getElement().getTag());
        holder.appendChild(parts);
        container.getElement().removeAllChildren();
        container.getElement().setProperty("innerHTML", innerHtml(holder));
    }

    /** The HTML of what the component would hold (for tests reading a frozen part). */
    public String getInnerHtml() {
        return getElement().getProperty("innerHTML", "");
    }

    /**
     * The children's HTML, in ASCII (other characters as entities: one byte per character in the
     * heap, where a single typographic apostrophe makes a Java string two bytes per character) and
     * interned: the sessions that reach the same verdict in the same language share one text.
     */
    private static String innerHtml(Element source) {
        Document document = document();
        source.getChildren().forEach(child -> document.body().appendChild(ElementUtil.toJsoup(document, child)));
        return html(document);
    }

    /** A document to build frozen HTML in (its body), written out by {@link #html(Document)}. */
    static Document document() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.US_ASCII);
        return document;
    }

    /** The body's HTML, in ASCII and interned (as above). */
    static String html(Document document) {
        return document.body().html().intern();
    }
}
