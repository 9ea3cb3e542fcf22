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

/**
 * One step of the flow: a radio group per question (styled as choice cards), each answer with a
 * one-line explanation. Follow-up questions (add-ons for a trial, environment for a severe impact)
 * show when needed; the step moves on by itself once its shown questions are answered.
 */
final class StepForm extends Div {

    private final Map<Question, RadioButtonGroup<String>> groups = new LinkedHashMap<>();
    private final Answers given;
    private final Consumer<Answers> onAnswered;

    /**
     * A step whose choices answer and move on: a tap or a click (Space on the keyboard) on an
     * option completes the step as soon as every question it shows is answered, and calls
     * {@code onAnswered} with the answers; arrow keys only move between options, Enter takes the
     * Next button ({@link #submit()}).
     */
    StepForm(Step step, Answers given, Answers remembered, Consumer<Answers> onAnswered) {
        this.given = given;
        this.onAnswered = onAnswered;
        addClassName("step-form");
        for (Question question : step.questions()) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation("question." + question.id()));
            group.setId(question.id());
            group.setItems(question.codes().stream().map(Code::code).toList());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setRenderer(new ComponentRenderer<Component, String>(code -> option(question, code)));
            group.setHelperText(getTranslation("question." + question.id() + ".help"));
            group.setRequiredIndicatorVisible(true);
            given.code(question).or(() -> remembered.code(question)).ifPresent(group::setValue);
            group.addValueChangeListener(e -> {
                group.setInvalid(false);
                updateVisibility();
            });
            // The click reaches the server before the new value: act once the whole round trip is read.
            group.getElement().addEventListener("click", e -> getUI().ifPresent(ui -> ui.beforeClientResponse(this,
                    context -> {
                        if (isComplete()) {
                            submit();
                        }
                    }))).setFilter("event.target.closest('vaadin-radio-button') != null && !element.__arrowKeys");
            // Arrow keys select as they move (the group clicks the option): such a click does not move on.
            group.getElement().executeJs("this.addEventListener('keydown', e => this.__arrowKeys = e.key.startsWith('Arrow'), true);"
                    + "this.addEventListener('pointerdown', () => this.__arrowKeys = false, true);");
            groups.put(question, group);
            add(group);
        }
        updateVisibility();
    }

    private Component option(Question question, String code) {
        Span label = new Span(getTranslation("answer." + question.id() + "." + code));
        label.addClassName("option-label");
        Span hint = new Span(getTranslation("answer." + question.id() + "." + code + ".hint"));
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
        Question first = groups.keySet().iterator().next();
        for (Map.Entry<Question, RadioButtonGroup<String>> entry : groups.entrySet()) {
            Question question = entry.getKey();
            if (question != first) {
                Answers chosen = chosen().without(question);
                entry.getValue().setVisible(SupportPolicy.missing(chosen).contains(question));
            }
        }
    }

    /** Whether every question this step shows has an answer. */
    private boolean isComplete() {
        return groups.values().stream().filter(Component::isVisible).allMatch(g -> g.getValue() != null);
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

    /** Hands the answers on when the step is complete; otherwise marks what is missing. */
    void submit() {
        apply().ifPresent(onAnswered);
    }

    /**
     * The answers with this step's visible choices applied (hidden follow-ups removed), or empty
     * when a visible question is unanswered: it is then marked with a message.
     */
    private Optional<Answers> apply() {
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
        groups.values().stream().filter(Component::isVisible).findFirst().ifPresent(g -> g.getElement().executeJs("setTimeout(() => { const r = this.querySelector('vaadin-radio-button[checked]') || this.querySelector('vaadin-radio-button'); if (r) r.focus(); })"));
    }
}
