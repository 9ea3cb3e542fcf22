package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.i18n.Translator;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.docs.DocsLibrary;
import app.capgo.supportdesk.docs.ui.DocsSearchBox;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.Topic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.modulith.NamedInterface;

import java.util.Arrays;

/**
 * The home page: what the app does for the customer, and the way into the support flow. The
 * topics are cards that open the flow with the topic answered: the first question costs one tap.
 */
@NamedInterface("first-page")
@AnonymousAllowed
@Route(Routes.HOME)
@Menu(order = 0, title = "home.menu")
public final class HomeView extends Div implements TitledView {

    HomeView(DocsLibrary docs) {
        addClassName("home-view");
        Div topics = new Div();
        topics.addClassName("topic-cards");
        Arrays.stream(Topic.values()).map(this::topicCard).forEach(topics::add);
        Div more = new Div(card("home-sla", Routes.SLA, "sla-credit", "home.sla", "home.sla.hint"));
        more.addClassName("topic-cards");
        // Answers first: the docs search above the topics, "Ask Capgo" going on into the flow with the text.
        add(opening(this::getTranslation));
        add(new DocsSearchBox(docs, Routes::supportWithText),
                new H2(getTranslation("step.topic.title")), topics, new H2(getTranslation("home.more")), more);
    }

    /** The page's title and what the desk does: the page's first paint too. */
    static Component[] opening(Translator t) {
        return new Component[] {new H1(t.get("home.title")), new Paragraph(t.get("home.intro"))};
    }

    /** A topic's card opens the flow with it answered; Premium Support, open to anyone, opens its form at once. */
    private Anchor topicCard(Topic topic) {
        String key = "answer." + Question.TOPIC.id() + "." + topic.code();
        String href = topic == Topic.PREMIUM ? Routes.PREMIUM
                : Routes.SUPPORT + "?" + Question.TOPIC.id() + "=" + topic.code();
        return card("home-topic-" + topic.code(), href, topic.code(), key, key + ".hint");
    }

    private Anchor card(String id, String href, String icon, String titleKey, String hintKey) {
        Span mark = new Span();
        mark.addClassNames("topic-icon", "topic-icon-" + icon);
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("topic-card-title");
        Span hint = new Span(getTranslation(hintKey));
        hint.addClassName("topic-card-hint");
        Anchor card = new Anchor(href, mark, title, hint);
        card.setId(id);
        card.addClassName("topic-card");
        // Vaadin's router follows it in the page (no reload): the flow counts as opened in the app.
        card.getElement().setAttribute("router-link", true);
        return card;
    }

    @Override
    public String titleKey() {
        return "home.title";
    }
}
