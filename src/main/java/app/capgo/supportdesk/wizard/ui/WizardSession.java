package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.wizard.ReportDraft;
import com.vaadin.flow.server.VaadinSession;

import java.io.Serializable;

/**
 * What the flow keeps for the session, so that Back/Forward and a language switch lose nothing:
 * the answers given (also those taken back with Back) and the report typed so far.
 */
final class WizardSession implements Serializable {

    private Answers remembered = Answers.NONE;
    private ReportDraft report = ReportDraft.EMPTY;

    static WizardSession current() {
        VaadinSession session = VaadinSession.getCurrent();
        WizardSession state = session.getAttribute(WizardSession.class);
        if (state == null) {
            state = new WizardSession();
            session.setAttribute(WizardSession.class, state);
        }
        return state;
    }

    Answers remembered() {
        return remembered;
    }

    /** Adds {@code answers} to those remembered (a newer answer replaces an older one). */
    void remember(Answers answers) {
        this.remembered = remembered.updatedWith(answers);
    }

    /** Forgets every remembered answer but {@code kept} (a link's own answers). */
    void forgetAnswers(Answers kept) {
        this.remembered = kept;
    }

    ReportDraft report() {
        return report;
    }

    void report(ReportDraft value) {
        this.report = value;
    }
}
