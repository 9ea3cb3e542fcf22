package app.capgo.supportdesk.docs.ui;

import app.capgo.supportdesk.docs.DocsHit;
import app.capgo.supportdesk.docs.DocsLibrary;
import app.capgo.supportdesk.insights.Entry;
import app.capgo.supportdesk.base.ui.Buttons;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Capgo's docs may already answer this": element {@code docs-suggestions} with one
 * {@code a[data-docs-result]} per section, best first, each opening the section in a new tab; a
 * section found for a pasted code says "Capgo's docs explain {@code keyMismatch}". With no index,
 * it says the docs cannot be searched right now and links their home.
 */
public final class DocsSuggestions extends Div {

    /**
     * The suggestions for {@code text}, or the docs home when they cannot be searched; with
     * suggestions, "Did this answer your question?": yes thanks the customer, no runs {@code notAnswered}.
     */
    public DocsSuggestions(DocsLibrary docs, String text, Entry entry, Runnable notAnswered) {
        this.entry = entry;
        this.text = text;
        build(docs, docs.searchFor(text, DocsSearchBox.MAX_RESULTS, getLocale(), entry), notAnswered);
    }

    /** How the page of this search was opened, for the counts. */
    private final Entry entry;
    /** What was searched: a "no" keeps it (reduced) as a content gap of the docs. */
    private final String text;

    private void build(DocsLibrary docs, Optional<List<DocsHit>> hits, Runnable notAnswered) {
        String docsHome = docs.home();
        setId("docs-suggestions");
        addClassName("docs-suggestions");
        getElement().setAttribute("aria-live", "polite");
        if (hits.isEmpty()) {
            Anchor home = new Anchor(docsHome, getTranslation("docs.unavailable.link"));
            home.setTarget(AnchorTarget.BLANK);
            home.getElement().setAttribute("rel", "noopener");
            Paragraph unavailable = new Paragraph(new Text(getTranslation("docs.unavailable") + " "), home);
            unavailable.setId("docs-unavailable");
            add(unavailable);
            return;
        }
        if (hits.get().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("docs.none"));
            none.setId("docs-none");
            add(none);
        } else {
            add(new H2(getTranslation("docs.title")));
        }
        if (getLocale().getLanguage().equals("fr")) {
            add(new Paragraph(getTranslation("docs.english"))); // French words rarely match English docs: say why
        }
        if (hits.get().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        hits.get().forEach(hit -> list.add(item(hit, docs)));
        add(list, didItHelp(docs, notAnswered));
    }

    /** One tap, no personal data: yes ends on a thank-you, no goes on. */
    private Div didItHelp(DocsLibrary docs, Runnable notAnswered) {
        Div question = new Div();
        question.setId("docs-helped");
        question.addClassName("docs-helped");
        Span ask = new Span(getTranslation("docs.helped"));
        NativeButton yes = Buttons.secondary(getTranslation("docs.helped.yes"), e -> {
            docs.answered(true, text, getLocale(), entry);
            question.removeAll();
            Paragraph thanks = new Paragraph(new Text(getTranslation("docs.helped.thanks") + " "),
                    new Anchor("", getTranslation("docs.helped.back")));
            thanks.setId("docs-thanks");
            question.add(thanks);
        });
        yes.setId("docs-helped-yes");
        NativeButton no = Buttons.secondary(getTranslation("docs.helped.no"), e -> {
            docs.answered(false, text, getLocale(), entry);
            question.removeAll();
            notAnswered.run();
        });
        no.setId("docs-helped-no");
        question.add(ask, yes, no);
        return question;
    }

    private ListItem item(DocsHit hit, DocsLibrary docs) {
        Anchor link = new Anchor(hit.url(), hit.heading().isBlank() || hit.heading().equals(hit.pageTitle()) ? hit.pageTitle()
                : hit.pageTitle() + " › " + hit.heading());
        link.getElement().setAttribute("data-docs-result", "");
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        // Opened with a click, a middle click or the keyboard: the browser follows the link, the server counts it.
        link.getElement().addEventListener("click", e -> docs.opened(getLocale(), entry));
        link.getElement().addEventListener("auxclick", e -> docs.opened(getLocale(), entry));
        ListItem item = new ListItem();
        item.addClassName("docs-result");
        hit.explains().ifPresent(code -> {
            Span explains = new Span(getTranslation("docs.explains", code));
            explains.addClassName("docs-explains");
            item.add(explains);
        });
        Paragraph excerpt = new Paragraph();
        excerpt.addClassName("docs-excerpt");
        marked(hit.excerpt()).forEach(excerpt::add);
        item.add(link, excerpt);
        return item;
    }

    /** The excerpt as text, with the matching words in {@code <mark>} (never as HTML: the docs' text is text). */
    static List<Component> marked(String excerpt) {
        List<Component> parts = new ArrayList<>();
        int at = 0;
        while (at < excerpt.length()) {
            int start = excerpt.indexOf(DocsHit.MARK_START, at);
            int end = start < 0 ? -1 : excerpt.indexOf(DocsHit.MARK_END, start);
            if (start < 0 || end < 0) {
                parts.add(new Text(excerpt.substring(at).replace(String.valueOf(DocsHit.MARK_START), "")
                        .replace(String.valueOf(DocsHit.MARK_END), "")));
                break;
            }
            if (start > at) {
                parts.add(new Text(excerpt.substring(at, start)));
            }
            Span mark = new Span(excerpt.substring(start + 1, end));
            mark.getElement().setAttribute("class", "docs-mark");
            parts.add(mark);
            at = end + 1;
        }
        return parts;
    }
}
