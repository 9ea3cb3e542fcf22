package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.ui.StaticHtml;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.wizard.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Team · Capgo seems down · Production": the answers given so far in a line, each a button back to
 * the step that asked it (that step's and later answers are taken back, and stay remembered to
 * pre-fill them). A deep link then explains itself. The buttons are sent frozen ({@link StaticHtml});
 * one listener on the line hears which was pressed.
 */
final class Recap extends Div {

    /** The question of the pressed button, as the browser reports it with the click. */
    private static final String PRESSED = "event.target.closest('[data-question]').dataset.question";
    /** Only a click on one of the buttons goes to the server. */
    private static final String ON_AN_ANSWER = "!!event.target.closest('[data-question]')";

    /** The answers of the steps in {@code path}, in order; {@code goTo} receives the answers to go back to. */
    Recap(List<Step> path, Answers answers, Consumer<Answers> goTo) {
        setId("recap");
        addClassName("recap");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("recap.label"));
        Span label = new Span(getTranslation("recap.label"));
        label.addClassName("recap-label");
        List<Component> parts = new ArrayList<>(List.of(label));
        Map<String, Answers> targets = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            Answers before = answers;
            for (Step later : path.subList(i, path.size())) {
                for (Question question : later.answers()) {
                    before = before.without(question);
                }
            }
            Answers target = before;
            for (Question question : path.get(i).answers()) {
                answers.code(question).ifPresent(code -> {
                    NativeButton part = new NativeButton(getTranslation("recap." + question.id() + "." + code));
                    part.setId("recap-" + question.id());
                    part.addClassName("recap-part");
                    part.getElement().setAttribute("data-question", question.id());
                    part.getElement().setAttribute("title", getTranslation("recap.edit",
                            getTranslation("question." + question.id())));
                    parts.add(part);
                    targets.put(question.id(), target);
                });
            }
        }
        StaticHtml.fill(this, parts.toArray(Component[]::new));
        getElement().addEventListener("click", event -> {
            Answers target = targets.get(event.getEventData().get(PRESSED).asString(""));
            if (target != null) {
                goTo.accept(target);
            }
        }).addEventData(PRESSED).setFilter(ON_AN_ANSWER);
    }
}
