package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.SupportPolicy;
import app.capgo.supportdesk.wizard.Param;
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

/**
 * One step of the flow: a radio group per question, each answer with a one-line explanation.
 * Follow-up questions (add-ons for a trial, environment for a severe impact) show when needed.
 */
final class StepForm extends Div {

    private final Map<Param, RadioButtonGroup<String>> groups = new LinkedHashMap<>();
    private final Answers given;

    StepForm(Step step, Answers given, Answers remembered) {
        this.given = given;
        addClassName("step-form");
        for (Param param : step.params()) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation("question." + param.id()));
            group.setId(param.id());
            group.setItems(param.codes());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setRenderer(new ComponentRenderer<Component, String>(code -> option(param, code)));
            group.setHelperText(getTranslation("question." + param.id() + ".help"));
            group.setRequiredIndicatorVisible(true);
            param.read(given).or(() -> param.read(remembered)).ifPresent(group::setValue);
            group.addValueChangeListener(e -> {
                group.setInvalid(false);
                updateVisibility();
            });
            groups.put(param, group);
            add(group);
        }
        updateVisibility();
    }

    private Component option(Param param, String code) {
        Span label = new Span(getTranslation("answer." + param.id() + "." + code));
        label.addClassName("option-label");
        Span hint = new Span(getTranslation("answer." + param.id() + "." + code + ".hint"));
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
        Param first = groups.keySet().iterator().next();
        for (Map.Entry<Param, RadioButtonGroup<String>> entry : groups.entrySet()) {
            Param param = entry.getKey();
            if (param != first) {
                Answers chosen = chosen().without(param.question());
                entry.getValue().setVisible(SupportPolicy.missing(chosen).contains(param.question()));
            }
        }
    }

    /** The given answers with this step's current choices. */
    private Answers chosen() {
        Answers result = given;
        for (Map.Entry<Param, RadioButtonGroup<String>> entry : groups.entrySet()) {
            String value = entry.getValue().getValue();
            if (value != null) {
                result = entry.getKey().apply(result, value).orElse(result);
            }
        }
        return result;
    }

    /**
     * The answers with this step's visible choices applied (hidden follow-ups removed), or empty
     * when a visible question is unanswered: it is then marked with a message.
     */
    Optional<Answers> apply(Answers answers) {
        boolean complete = true;
        Answers result = answers;
        for (Map.Entry<Param, RadioButtonGroup<String>> entry : groups.entrySet()) {
            RadioButtonGroup<String> group = entry.getValue();
            if (!group.isVisible()) {
                result = result.without(entry.getKey().question());
            } else if (group.getValue() == null) {
                group.setErrorMessage(getTranslation("step.required"));
                group.setInvalid(true);
                complete = false;
            } else {
                result = entry.getKey().apply(result, group.getValue()).orElse(result);
            }
        }
        return complete ? Optional.of(result) : Optional.empty();
    }

    /** Moves the keyboard focus to the first question. */
    void focusFirst() {
        groups.values().stream().filter(Component::isVisible).findFirst().ifPresent(g -> g.getElement().executeJs("setTimeout(() => { const r = this.querySelector('vaadin-radio-button[checked]') || this.querySelector('vaadin-radio-button'); if (r) r.focus(); })"));
    }
}
