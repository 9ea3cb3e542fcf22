package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Plan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** "Step 2 of 4" with a progress bar; the total is what the answers so far let us expect. */
final class StepProgress extends Div {

    StepProgress(int current, int expectedTotal, boolean done) {
        addClassName("step-progress");
        setId("progress");
        int total = Math.max(current, expectedTotal);
        Span text = new Span(done ? getTranslation("step.progress.done")
                : getTranslation("step.progress", current, total));
        ProgressBar bar = new ProgressBar(0, total, done ? total : current - 1);
        bar.getElement().setAttribute("aria-label", text.getText());
        add(text, bar);
    }

    /** The number of steps the flow will take for these answers, as far as they tell. */
    static int expectedTotal(Answers answers) {
        return answers.topic().map(topic -> switch (topic.kind()) {
            case NOT_COVERED, BILLING, PREMIUM -> 1;
            case SLA_CREDIT -> 2;
            case IN_SCOPE -> answers.plan().filter(Plan::isTeamOrEnterprise).isPresent() ? 5 : 4;
        }).orElse(4);
    }
}
