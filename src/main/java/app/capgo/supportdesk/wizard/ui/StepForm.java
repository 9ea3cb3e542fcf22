package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.SupportPolicy;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.wizard.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One step of the flow: a radio group per question (styled as choice cards), each answer with a
 * one-line explanation. Follow-up questions (add-ons for a trial, environment for a severe impact)
 * show when needed; the step moves on by itself once its shown questions are answered.
 */
final class StepForm extends Div {

    private static final String TOGETHER = "yes";
    private static final String SEPARATELY = "no";

    private final Map<Question, RadioButtonGroup<String>> groups = new LinkedHashMap<>();
    /** The single choice that answers all the step's questions at once ({@link Step#together()}), if offered. */
    private final Optional<RadioButtonGroup<String>> together;
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
        boolean offerTogether = !step.together().isEmpty()
                && step.questions().stream().noneMatch(q -> given.code(q).isPresent());
        if (offerTogether) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation("step." + step.key() + ".together"));
            group.setId(step.key());
            group.setItems(TOGETHER, SEPARATELY);
            group.setRenderer(new ComponentRenderer<Component, String>(code -> option("answer." + step.key() + "." + code)));
            group.setHelperText(getTranslation("step." + step.key() + ".together.help"));
            if (step.questions().stream().allMatch(q -> remembered.code(q).isPresent())) {
                group.setValue(step.together().stream().allMatch(a -> remembered.get(Question.of(a)).equals(Optional.of(a))) ? TOGETHER : SEPARATELY);
            }
            together = Optional.of(group);
            prepare(group, true);
        } else {
            together = Optional.empty();
        }
        for (Question question : step.questions()) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation("question." + question.id()));
            group.setId(question.id());
            group.setItems(question.codes().stream().map(Code::code).toList());
            group.setRenderer(new ComponentRenderer<Component, String>(code -> question == Question.TOPIC
                    ? withIcon(code, option("answer." + question.id() + "." + code))
                    : option("answer." + question.id() + "." + code)));
            group.setHelperText(getTranslation("question." + question.id() + ".help"));
            given.code(question).or(() -> remembered.code(question)).ifPresent(group::setValue);
            prepare(group, question.codes().size() == 2);
            groups.put(question, group);
        }
        updateVisibility();
    }

    /**
     * Makes {@code group} a set of choice cards (two large side-by-side buttons for a two-way
     * choice) that moves on by itself: a tap or click (Space on the keyboard) completes the step
     * once every shown question has an answer; arrow keys only move between the options.
     */
    private void prepare(RadioButtonGroup<String> group, boolean twoWay) {
        if (twoWay) {
            group.addClassName("two-way");
        } else {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        group.setRequiredIndicatorVisible(true);
        group.addValueChangeListener(e -> {
            group.setInvalid(false);
            updateVisibility();
        });
        group.getElement().addEventListener("click", e -> moveOnWhenComplete())
                .setFilter("event.target.closest('vaadin-radio-button') != null && !element.__arrowKeys");
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
     * Shows a follow-up question (add-ons after a trial, production after a severe impact) only
     * while the policy needs it for the answers chosen so far; the first question always shows.
     */
    private void updateVisibility() {
        boolean separately = together.isEmpty() || SEPARATELY.equals(together.get().getValue());
        Question first = groups.keySet().iterator().next();
        for (Map.Entry<Question, RadioButtonGroup<String>> entry : groups.entrySet()) {
            Question question = entry.getKey();
            Answers chosen = chosen().without(question);
            entry.getValue().setVisible(separately
                    && (question == first || SupportPolicy.missing(chosen).contains(question)));
        }
    }

    /**
     * A question still open after a choice (production after a severe impact) may be below the fold
     * of a phone: it scrolls into view and takes the keyboard focus, so it is not missed.
     */
    private void bringNextIntoView() {
        groups.values().stream().filter(g -> g.isVisible() && g.getValue() == null).findFirst()
                .ifPresent(g -> g.getElement().executeJs("requestAnimationFrame(() => { this.scrollIntoView({block: 'center'});"
                        + " const r = this.querySelector('vaadin-radio-button'); if (r) r.focus({preventScroll: true}); })"));
    }

    private boolean answeredTogether() {
        return together.isPresent() && TOGETHER.equals(together.get().getValue());
    }

    /** Whether every question this step shows has an answer. */
    private boolean isComplete() {
        return answeredTogether() || together.map(t -> t.getValue() != null).orElse(true)
                && groups.values().stream().filter(Component::isVisible).allMatch(g -> g.getValue() != null);
    }

    /** The given answers with this step's current choices. */
    private Answers chosen() {
        Answers result = given;
        for (Map.Entry<Question, RadioButtonGroup<String>> entry : groups.entrySet()) {
            String value = entry.getValue().getValue();
            if (value != null) {
                result = entry.getKey().parse(value).map(result::with).orElse(result);
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
        if (answeredTogether()) {
            Answers result = given;
            for (Code answer : step.together()) {
                result = result.with(answer);
            }
            return Optional.of(result);
        }
        if (together.isPresent() && together.get().getValue() == null) {
            together.get().setErrorMessage(getTranslation("step.required"));
            together.get().setInvalid(true);
            return Optional.empty();
        }
        boolean complete = true;
        Answers result = given;
        for (Map.Entry<Question, RadioButtonGroup<String>> entry : groups.entrySet()) {
            RadioButtonGroup<String> group = entry.getValue();
            if (!group.isVisible()) {
                result = result.without(entry.getKey());
            } else if (group.getValue() == null) {
                group.setErrorMessage(getTranslation("step.required"));
                group.setInvalid(true);
                complete = false;
            } else {
                result = entry.getKey().parse(group.getValue()).map(result::with).orElse(result);
            }
        }
        return complete ? Optional.of(result) : Optional.empty();
    }

    /** Moves the keyboard focus to the first question. */
    void focusFirst() {
        Stream.concat(together.stream(), groups.values().stream()).filter(Component::isVisible).findFirst().ifPresent(g -> g.getElement().executeJs("setTimeout(() => { const r = this.querySelector('vaadin-radio-button[checked]') || this.querySelector('vaadin-radio-button'); if (r) r.focus(); })"));
    }
}
