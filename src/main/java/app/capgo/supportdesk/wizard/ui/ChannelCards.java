package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Verdict;
import app.capgo.supportdesk.wizard.ChannelProperties;
import app.capgo.supportdesk.base.Links;
import app.capgo.supportdesk.wizard.StatusProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The channels of a verdict as cards, each with what it is for and its link. */
final class ChannelCards extends Div {

    /** The premium-support inquiry form (linked by route, so the features stay independent). */
    private static final String PREMIUM_ROUTE = "premium";

    ChannelCards(Verdict verdict, Answers answers, ChannelProperties channels, StatusProperties status) {
        addClassName("channel-cards");
        switch (verdict.channel()) {
            case OFFICIAL -> {
                card("dashboard", channels.dashboard().toString());
                boolean billing = verdict.reason() == app.capgo.supportdesk.policy.Reason.BILLING_OPEN_TO_ALL;
                card("email", billing ? Links.mailto(channels.supportEmail(), getTranslation("draft.billing.subject"),
                        getTranslation("draft.billing.body")) : "#draft");
            }
            case COMMUNITY -> {
                card("github", channels.githubOrg());
                card("discord", channels.discord().toString());
            }
            case STATUS -> card("status", status.page().toString());
            case SALES -> card("sales", PREMIUM_ROUTE + "?plan=" + answers.plan().map(p -> p.code()).orElse("")
                    + "&lang=" + getLocale().getLanguage());
            case SLA_CLAIM -> card("claim", Links.mailto(channels.supportEmail(), getTranslation("draft.claim.subject"),
                    getTranslation("draft.claim.body")));
        }
    }

    private void card(String kind, String href) {
        Div card = new Div();
        card.addClassName("channel-card");
        card.add(new H3(getTranslation("channel." + kind + ".title")));
        card.add(new Paragraph(getTranslation("channel." + kind + ".text")));
        Anchor link = new Anchor(href, getTranslation("channel." + kind + ".action"));
        link.setId("channel-" + kind);
        link.addClassName("channel-action");
        if (href.startsWith("http")) {
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
        }
        card.add(link);
        add(card);
    }

}
