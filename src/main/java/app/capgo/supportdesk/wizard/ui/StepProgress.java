package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.wizard.Step;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * "Step 2 of 4" (or "of at most 5" while later answers may still add a step) with a progress bar:
 * the count comes from the policy, never a fixed number.
 */
final class StepProgress extends Div {

    /** Progress at step {@code current}, with {@code remaining} steps (this one included) still possible. */
    StepProgress(int current, Step.Range remaining) {
        int total = current - 1 + remaining.most();
        String text = remaining.fewest() == remaining.most()
                ? getTranslation("step.progress", current, total)
                : getTranslation("step.progress.at-most", current, total);
        init(text, current - 1, total);
    }

    private StepProgress() {
        init(getTranslation("step.progress.done"), 1, 1);
    }

    /** Progress once the verdict is reached. */
    static StepProgress done() {
        return new StepProgress();
    }

    private void init(String text, int done, int total) {
        addClassName("step-progress");
        setId("progress");
        Span label = new Span(text);
        ProgressBar bar = new ProgressBar(0, total, done);
        bar.getElement().setAttribute("aria-label", text);
        add(label, bar);
    }
}
