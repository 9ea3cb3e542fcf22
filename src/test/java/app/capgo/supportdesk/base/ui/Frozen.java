package app.capgo.supportdesk.base.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Collection;
import java.util.Objects;

/** The frozen parts of a page ({@link StaticHtml}) as the browser receives them, for tests to read. */
public final class Frozen {

    private Frozen() {
    }

    /** Every part, each as its element (tag, attributes) around its HTML, in one document. */
    public static Document page(Collection<StaticHtml> parts) {
        Document document = Jsoup.parseBodyFragment("");
        for (StaticHtml part : parts) {
            Element element = document.body().appendElement(part.getElement().getTag());
            part.getElement().getAttributeNames().forEach(name -> element.attr(name, part.getElement().getAttribute(name)));
            element.html(part.getInnerHtml());
        }
        return document;
    }

    /** The element of {@code id} in those parts. */
    public static Element element(Collection<StaticHtml> parts, String id) {
        return Objects.requireNonNull(page(parts).getElementById(id), () -> "no frozen element " + id);
    }
}
