package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.ui.ChoiceGroup;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.SupportPolicy;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.wizard.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One step of the flow: a group of the browser's radio buttons per question (styled as choice cards), each answer with a
 * one-line explanation. Follow-up questions (add-ons for a trial, environment for a severe impact)
 * show when needed; the step moves on by itself once its shown questions are answered.
 */
final class StepForm extends Div {

    /** One group per question, its items the question's answers (the enum constants, as {@link Code}). */
    private final Map<Question, ChoiceGroup<Code>> groups = new LinkedHashMap<>();
    /** The cards that answer several of the step's questions in one tap ({@link Step#choices()}), if offered. */
    private final Optional<ChoiceGroup<Step.Choice>> cards;
    /** The cards as offered for the given answers, worked out once (each choice's lookups read it). */
    private final List<Step.Choice> offered;
    private final Step step;
    private final Answers given;
    private final Consumer<Answers> onAnswered;
    /** Whether a tap or key already moved on: a second event of the same gesture does nothing. */
    private boolean handedOn;

    /**
     * A step whose choices answer and move on: a tap or a click (Space on the keyboard) on an
     * option completes the step as soon as every question it shows is answered, and calls
     * {@code onAnswered} with the answers; arrow keys only move between options, Enter takes the
     * Next button ({@link #submit()}).
     */
    StepForm(Step step, Answers given, Answers remembered, Consumer<Answers> onAnswered) {
        this.step = step;
        this.given = given;
        this.onAnswered = onAnswered;
        addClassName("step-form");
        String cardsId = step.choicesId();
        offered = step.offersChoices(given) ? step.choices(given) : List.of();
        if (step.offersChoices(given)) {
            String key = Question.byId(cardsId).isPresent() ? "question." + cardsId : "step." + step.key() + ".together";
            ChoiceGroup<Step.Choice> group = new ChoiceGroup<>(cardsId, getTranslation(key));
            group.setItems(offered, choice -> option("answer." + cardsId + "." + choice.value()));
            group.setHelperText(getTranslation(key + ".help"));
            rememberedChoice(remembered).ifPresent(group::setValue);
            cards = Optional.of(group);
            prepare(group, step.choices().size() == 2);
        } else {
            cards = Optional.empty();
        }
        for (Question question : step.questions()) {
            if (cards.isPresent() && question.id().equals(cardsId)) {
                continue; // the cards ask it
            }
            ChoiceGroup<Code> group = new ChoiceGroup<>(question.id(), getTranslation("question." + question.id()));
            group.setItems(List.copyOf(question.codes()), answer -> question == Question.TOPIC
                    ? withIcon(answer.code(), option("answer." + question.id() + "." + answer.code()))
                    : option("answer." + question.id() + "." + answer.code()));
            group.setHelperText(getTranslation("question." + question.id() + ".help"));
            given.get(question).or(() -> remembered.get(question)).ifPresent(group::setValue);
            prepare(group, question.codes().size() == 2);
            groups.put(question, group);
        }
        updateVisibility();
    }

    /**
     * The card matching the remembered answers (after Back): the first whose answers they all are,
     * else the one asking one by one when every question of the step was answered another way.
     */
    private Optional<Step.Choice> rememberedChoice(Answers remembered) {
        return offered.stream().filter(c -> c.isIn(remembered)).findFirst()
                .or(() -> step.questions().stream().allMatch(q -> remembered.get(q).isPresent())
                        ? offered.stream().filter(c -> c.answers().isEmpty()).findFirst() : Optional.empty());
    }

    private Optional<Step.Choice> chosenCard() {
        return cards.map(ChoiceGroup::getValue);
    }

    /**
     * Makes {@code group} a set of choice cards (two large side-by-side buttons for a two-way
     * choice) that moves on by itself: a tap or click (Space on the keyboard) completes the step
     * once every shown question has an answer; arrow keys only move between the options.
     */
    private void prepare(ChoiceGroup<?> group, boolean twoWay) {
        if (twoWay) {
            group.addClassName("two-way");
        }
        group.addValueChangeListener(e -> {
            group.setError(null);
            updateVisibility();
        });
        // The click a label passes to its radio button (or a tap on the button itself), not the label's own.
        group.getElement().addEventListener("click", e -> moveOnWhenComplete())
                .setFilter("event.target.type === 'radio' && !element.__arrowKeys");
        // Space on an option already chosen with the arrow keys fires no click: it confirms the choice too.
        group.getElement().addEventListener("keyup", e -> moveOnWhenComplete()).setFilter("event.key === ' '");
        // Arrow keys select as they move (the group clicks the option): such a click does not move on.
        group.getElement().executeJs("this.addEventListener('keydown', e => this.__arrowKeys = e.key.startsWith('Arrow'), true);"
                + "this.addEventListener('pointerdown', () => this.__arrowKeys = false, true);");
        add(group);
    }

    /** A topic's option with its icon (the same as on the home page's cards). */
    private static Component withIcon(String topic, Div option) {
        Span icon = new Span();
        icon.addClassNames("topic-icon", "topic-icon-" + topic);
        Div row = new Div(icon, option);
        row.addClassName("option-with-icon");
        return row;
    }

    private Div option(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("option-label");
        Span hint = new Span(getTranslation(key + ".hint"));
        hint.addClassName("option-hint");
        Div option = new Div(label, hint);
        option.addClassName("option");
        return option;
    }

    /**
     * Shows a follow-up question (add-ons after a trial, production after a severe impact, the
     * email and access after "no, or not sure") only while the policy needs it for the answers
     * chosen so far; without cards the first question always shows.
     */
    private void updateVisibility() {
        Optional<Step.Choice> card = chosenCard();
        Question first = step.questions().getFirst();
        for (Map.Entry<Question, ChoiceGroup<Code>> entry : groups.entrySet()) {
            Question question = entry.getKey();
            boolean needed = SupportPolicy.missing(chosen().without(question)).contains(question);
            boolean cardAnswers = card.stream().flatMap(c -> c.answers().stream()).anyMatch(a -> Question.of(a) == question);
            entry.getValue().setVisible(cards.isPresent() ? card.isPresent() && !cardAnswers && needed
                    : question == first || needed);
        }
    }

    /**
     * A question still open after a choice (production after a severe impact) may be below the fold
     * of a phone: it scrolls into view and takes the keyboard focus, so it is not missed.
     */
    private void bringNextIntoView() {
        groups.values().stream().filter(g -> g.isVisible() && g.getValue() == null).findFirst()
                .ifPresent(g -> g.getElement().executeJs("requestAnimationFrame(() => { this.scrollIntoView({block: 'center'});"
                        + " const r = this.querySelector('input[type=radio]'); if (r) r.focus({preventScroll: true}); })"));
    }

    /** Whether every question this step shows has an answer. */
    private boolean isComplete() {
        return (cards.isEmpty() || chosenCard().isPresent())
                && groups.values().stream().filter(Component::isVisible).allMatch(g -> g.getValue() != null);
    }

    /** The given answers with this step's current choices: the card's, then the questions'. */
    private Answers chosen() {
        Answers result = given;
        for (Code answer : chosenCard().map(Step.Choice::answers).orElse(List.of())) {
            result = result.with(answer);
        }
        for (ChoiceGroup<Code> group : groups.values()) {
            if (group.getValue() != null) {
                result = result.with(group.getValue());
            }
        }
        return result;
    }

    /**
     * Hands the answers on once, if the step is complete. The click or key reaches the server before
     * the new value: this acts once the whole round trip is read.
     */
    private void moveOnWhenComplete() {
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
            if (!handedOn && isComplete()) {
                handedOn = true;
                submit();
            } else if (!handedOn) {
                // A tap, a click or Space chose (arrow keys only walk the options): go to what is still open.
                bringNextIntoView();
            }
        }));
    }

    /** Hands the answers on when the step is complete; otherwise marks what is missing. */
    void submit() {
        apply().ifPresent(onAnswered);
    }

    /**
     * The answers with this step's visible choices applied (hidden follow-ups removed), or empty
     * when a visible question is unanswered: it is then marked with a message.
     */
    private Optional<Answers> apply() {
        Answers result = given;
        if (cards.isPresent()) {
            if (chosenCard().isEmpty()) {
                cards.get().setError(getTranslation("step.required"));
                return Optional.empty();
            }
            for (Question question : step.answers()) {
                result = result.without(question);
            }
            for (Code answer : chosenCard().get().answers()) {
                result = result.with(answer);
            }
        }
        boolean complete = true;
        for (Map.Entry<Question, ChoiceGroup<Code>> entry : groups.entrySet()) {
            ChoiceGroup<Code> group = entry.getValue();
            if (!group.isVisible()) {
                if (cards.isEmpty()) {
                    result = result.without(entry.getKey());
                }
            } else if (group.getValue() == null) {
                group.setError(getTranslation("step.required"));
                complete = false;
            } else {
                result = result.with(group.getValue());
            }
        }
        return complete ? Optional.of(result) : Optional.empty();
    }

    /** Moves the keyboard focus to the first question. */
    void focusFirst() {
        Stream.concat(cards.stream(), groups.values().stream()).filter(Component::isVisible).findFirst().ifPresent(g -> g.getElement().executeJs("setTimeout(() => { const r = this.querySelector('input[type=radio]:checked') || this.querySelector('input[type=radio]'); if (r) r.focus(); })"));
    }
}
