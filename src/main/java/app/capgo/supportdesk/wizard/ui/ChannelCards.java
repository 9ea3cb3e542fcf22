package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.ui.Buttons;
import app.capgo.supportdesk.base.ui.NewTab;
import app.capgo.supportdesk.base.ui.StaticHtml;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.base.Links;
import app.capgo.supportdesk.base.PremiumLink;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.Reason;
import app.capgo.supportdesk.policy.ServiceCredits;
import app.capgo.supportdesk.policy.Verdict;
import app.capgo.supportdesk.wizard.StatusProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;


/**
 * The channels of a verdict as cards, in the published order, each with what it is for and its
 * action: for the official channel the dashboard first and email as the fallback; for a
 * not-covered verdict the community, then Premium Support as the paid route. Each card is sent
 * frozen ({@link StaticHtml}) but for the email card's button, which takes the customer to the draft.
 */
final class ChannelCards extends Div {

    private static final String PRIMARY = "outcome-primary";

    /** The first channel's action, taken out of its card for the result card on top. */
    private final Component primary;
    /** The one action that listens to the customer (to the draft below), if a card has it. */
    private @Nullable NativeButton draftButton;

    ChannelCards(Verdict verdict, Answers answers, ChannelProperties channels, StatusProperties status) {
        addClassName("channel-cards");
        switch (verdict.channel()) {
            case OFFICIAL -> {
                if (verdict.reason() == Reason.BILLING_OPEN_TO_ALL) {
                    billing(channels, answers.plan().filter(p -> p == Plan.NONE).isPresent());
                } else {
                    card("dashboard", "channel.dashboard.text", link("dashboard", channels.dashboard().toString()),
                            channels.websiteName());
                    card("email", "channel.email.text", toDraft(), channels.supportEmail());
                }
            }
            case COMMUNITY -> {
                card("github", "channel.github.text", link("github", channels.githubOrg()));
                card("discord", "channel.discord.text", link("discord", channels.discord().toString()));
            }
            case STATUS -> card("status", "channel.status.text", link("status", status.page().toString()));
            case SALES -> card("sales", "channel.sales.text", link("sales", premiumLink(answers)));
            case SLA_CLAIM -> card("claim", "channel.claim.text", link("claim", Links.mailto(channels.supportEmail(),
                    getTranslation("draft.claim.subject"), getTranslation("draft.claim.body"))), channels.supportEmail(),
                    ServiceCredits.CLAIM_DAYS);
        }
        if (verdict.premiumAlternative()) {
            Div premium = card("premium", "channel.premium.text", link("premium", premiumLink(answers)));
            premium.addClassName("channel-card-paid");
            Paragraph who = new Paragraph(getTranslation("premium.who"));
            who.addClassName("channel-card-note");
            premium.addComponentAtIndex(2, who);
        }
        primary = takePrimaryAction();
        freeze();
    }

    /**
     * Billing is open to every customer, and to people without an account: the help on the website,
     * open to everyone, comes first (and alone for someone who said they have no account: the
     * dashboard would show its sign-in, and the email channel takes only a registered address).
     */
    private void billing(ChannelProperties channels, boolean noAccount) {
        card("website", "channel.website.text.billing", link("website", "channel.website.action",
                channels.website().toString(), channels.websiteName()), channels.websiteName());
        if (noAccount) {
            // Without an account the dashboard only shows its sign-in, and email takes registered addresses.
            return;
        }
        card("dashboard", "channel.dashboard.text.billing", link("dashboard", channels.dashboard().toString()));
        card("email", "channel.email.text.billing", link("email", "channel.email.action.billing",
                Links.mailto(channels.supportEmail(), getTranslation("draft.billing.subject"),
                        getTranslation("draft.billing.body"))), channels.supportEmail());
    }

    /** The inquiry form with what the customer already told: plan, topic and language. */
    private String premiumLink(Answers answers) {
        return new PremiumLink(answers.plan(), answers.topic(), Optional.of(getLocale())).href();
    }

    /** The email fallback of a technical request: the draft below composes it, so go there. */
    private NativeButton toDraft() {
        NativeButton button = Buttons.tertiary(getTranslation("channel.email.action"), e -> getElement().executeJs(
                "const d = document.getElementById('draft'); if (d) { d.scrollIntoView({behavior: 'smooth', block: 'start'});"
                        + " const f = document.getElementById('draft-description'); if (f) f.focus({preventScroll: true}); }"));
        button.setId("channel-email");
        button.addClassName("channel-action");
        draftButton = button;
        return button;
    }

    /**
     * The first channel's action, taken out of its card: the verdict's one primary button, in the
     * result card on top; the card stays below with what the channel is for.
     */
    Component primaryAction() {
        return primary;
    }

    private Component takePrimaryAction() {
        Div first = (Div) getChildren().findFirst().orElseThrow();
        Component action = first.getChildren().filter(c -> c.getElement().getClassList().contains("channel-action")).findFirst().orElseThrow();
        first.remove(action);
        first.addClassName("channel-card-first");
        action.getElement().getClassList().add(PRIMARY);
        return action == draftButton ? action : StaticHtml.of(action);
    }

    /** Each card as one element of HTML, but for the live button of the email card (its texts frozen around it). */
    private void freeze() {
        List<Component> built = getChildren().toList();
        removeAll();
        for (Component card : built) {
            if (draftButton != null && draftButton.getParent().filter(card::equals).isPresent()) {
                List<Component> parts = card.getChildren().toList();
                ((Div) card).removeAll();
                parts.forEach(part -> ((Div) card).add(part == draftButton ? part : StaticHtml.of(part)));
                add(card);
            } else {
                add(StaticHtml.of(card));
            }
        }
    }

    private Anchor link(String kind, String href) {
        return link(kind, "channel." + kind + ".action", href);
    }

    private Anchor link(String kind, String textKey, String href, Object... textArguments) {
        Anchor link = new Anchor(href, getTranslation(textKey, textArguments));
        link.setId("channel-" + kind);
        link.addClassName("channel-action");
        if (href.startsWith("http")) {
            NewTab.open(link);
        }
        return link;
    }

    private Div card(String kind, String textKey, Component action, Object... textArguments) {
        Div card = new Div();
        card.addClassName("channel-card");
        card.getElement().setAttribute("data-kind", kind);
        card.add(new H3(getTranslation("channel." + kind + ".title")));
        card.add(new Paragraph(getTranslation(textKey, textArguments)));
        card.add(action);
        add(card);
        return card;
    }
}
