package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.ui.NewTab;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.policy.DowntimeEffect;
import app.capgo.supportdesk.policy.SelfCheck;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Locale;

/**
 * On the outage path: the causes of stopped updates the customer can check in the dashboard, why
 * the app keeps running, and what users see while Capgo is down (section 7 of the support policy).
 */
final class SelfChecks extends Div {

    SelfChecks(List<SelfCheck> checks, ChannelProperties channels) {
        setId("outcome-self-checks");
        addClassName("outcome-self-checks");
        add(new H3(getTranslation("outcome.checks.title")));
        UnorderedList list = new UnorderedList();
        checks.forEach(c -> {
            ListItem item = new ListItem(getTranslation("outcome.checks." + c.name().toLowerCase(Locale.ROOT)));
            item.getElement().setAttribute("data-check", c.name().toLowerCase(Locale.ROOT));
            list.add(item);
        });
        Anchor dashboard = new Anchor(channels.dashboard().toString(), getTranslation("outcome.checks.action"));
        dashboard.setId("outcome-checks-dashboard");
        NewTab.open(dashboard);
        add(list, new Paragraph(dashboard), new Paragraph(getTranslation("outcome.checks.safe", DowntimeEffect.PLUGIN_TIMEOUT_SECONDS)));
        add(new H3(getTranslation("outcome.users-see.title")));
        UnorderedList effects = new UnorderedList();
        effects.setId("outcome-users-see");
        for (DowntimeEffect effect : DowntimeEffect.values()) {
            ListItem item = new ListItem(getTranslation("outcome.users-see." + effect.name().toLowerCase(Locale.ROOT),
                    DowntimeEffect.PLUGIN_TIMEOUT_SECONDS));
            item.getElement().setAttribute("data-effect", effect.name().toLowerCase(Locale.ROOT));
            effects.add(item);
        }
        add(effects);
    }
}
