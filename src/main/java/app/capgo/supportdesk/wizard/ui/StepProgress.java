package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.wizard.Step;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * "Step 2 of 4" (or "of about 4" while later answers may still add a step) with a progress bar:
 * the count comes from the policy, never a fixed number.
 */
final class StepProgress extends Div {

    /** Progress at step {@code current}, with {@code remaining} steps (this one included) still possible. */
    StepProgress(int current, Step.Range remaining) {
        int fewest = current - 1 + remaining.fewest();
        int most = current - 1 + remaining.most();
        // While later answers may still add a step: "Step 2 of about 4", the middle of what may come.
        String text = fewest == most ? getTranslation("step.progress", current, most)
                : getTranslation("step.progress.about", current, Math.round((fewest + most) / 2.0f));
        // The bar counts this step as reached: a part filled at the first, full at the last possible.
        init(text, current, most);
    }

    private void init(String text, int done, int total) {
        addClassName("step-progress");
        setId("progress");
        Span label = new Span(text);
        add(label);
        Element bar = new Element("progress");
        bar.setAttribute("max", String.valueOf(total));
        bar.setAttribute("value", String.valueOf(done));
        bar.setAttribute("aria-label", text);
        getElement().appendChild(bar);
    }
}
