package app.capgo.supportdesk.docs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a docs page (Starlight's HTML shape) into sections with jsoup: the title from the first
 * {@code <h1>} (else {@code <title>}), the text of {@code <main>} (else the body), and a new section
 * at every {@code <h2>}, {@code <h3>} or {@code <h4>} that carries an {@code id}; the text before the
 * first such heading is the page's own section, under its title.
 */
final class DocsParser {

    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4");
    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "noscript", "template", "svg");

    private DocsParser() {
    }

    static List<DocsSection> sections(String url, String html) {
        Document page = Jsoup.parse(html, url);
        Element h1 = page.selectFirst("h1");
        String title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : page.title().strip();
        Element main = page.selectFirst("main");
        Element root = main != null ? main : page.body();
        String base = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;

        List<DocsSection> sections = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] current = {base, title};
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof Element element) {
                    String tag = element.normalName().toLowerCase(Locale.ROOT);
                    if (SKIPPED.contains(tag) || tag.equals("h1")) {
                        skipDepth = depth; // the page's title is not its text
                    } else if (SECTION_HEADINGS.contains(tag) && element.hasAttr("id") && !element.id().isBlank()) {
                        add(sections, current, text);
                        current[0] = base + "#" + element.id();
                        current[1] = headingText(element);
                        skipDepth = depth; // the heading's own text is the section's name, not its text
                    } else if (element.isBlock()) {
                        text.append(' ');
                    }
                } else if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) {
                    skipDepth = -1;
                }
            }
        }, root);
        add(sections, current, text);
        // The page's own section has no heading of its own: its title is the title field already.
        return sections.stream().map(s -> new DocsSection(s.url(), title, s.url().contains("#") ? s.heading() : "",
                s.text())).toList();
    }

    /** A heading's words, without the "#" of the anchor link Starlight puts in it. */
    private static String headingText(Element heading) {
        Element copy = heading.clone();
        copy.select("a[href^=#]").remove();
        copy.select(".sr-only").remove();
        return copy.text().strip();
    }

    /** Ends the section being read: a heading's section always counts, the page's own only with text. */
    private static void add(List<DocsSection> sections, String[] current, StringBuilder text) {
        String body = text.toString().replaceAll("\\s+", " ").strip();
        if (!body.isEmpty() || current[0].contains("#")) {
            sections.add(new DocsSection(current[0], "", current[1], body));
        }
        text.setLength(0);
    }
}
