package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.policy.BusinessHours;
import app.capgo.supportdesk.policy.ResponseTarget;
import com.vaadin.flow.component.Component;

/** A response target in words ("2 business hours, Monday to Friday 06:00-18:00"), hours from the policy core. */
public final class TargetText {

    private TargetText() {
    }

    /** The target as {@code component}'s language says it. */
    public static String of(Component component, ResponseTarget target) {
        return component.getTranslation("target." + target.unit().code(), target.amount(), BusinessHours.OPENS,
                BusinessHours.CLOSES);
    }
}
