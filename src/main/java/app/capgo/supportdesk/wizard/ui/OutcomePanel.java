package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.ui.Buttons;
import app.capgo.supportdesk.base.ui.NewTab;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.base.PolicySources;
import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.i18n.DurationText;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.ui.HowWeCount;
import app.capgo.supportdesk.base.ui.StaticHtml;
import app.capgo.supportdesk.base.ui.TargetText;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Channel;
import app.capgo.supportdesk.policy.Deadline;
import app.capgo.supportdesk.policy.Reason;
import app.capgo.supportdesk.policy.Reading;
import app.capgo.supportdesk.policy.StatusReading;
import app.capgo.supportdesk.policy.ServiceCredits;
import app.capgo.supportdesk.policy.SeverityAssessment;
import app.capgo.supportdesk.policy.SlaTerms;
import app.capgo.supportdesk.policy.Verdict;
import app.capgo.supportdesk.wizard.StatusProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict: element {@code support-outcome} with the data attributes of the public contract,
 * the reason, what to fix, the severity with why, the target and its deadline, and the channels.
 * The parts nothing changes again (the card's texts, the channels, why, fixes, status note,
 * self-checks, severity, how we count) are sent frozen ({@link StaticHtml}): only what listens to
 * the customer stays live (the draft, the email channel's button, "go on").
 */
final class OutcomePanel extends Div {

    /** The result card on top: its texts frozen, with room for a live "go on" button. */
    private final Div card = new Div();
    private Optional<DraftForm> draft = Optional.empty();
    /** The readings this verdict applies that are not yet shown beside their figure. */
    private final List<Reading> unplaced = new ArrayList<>();

    OutcomePanel(Verdict verdict, Answers answers, ZoneId zone, Instant now, ChannelProperties channels,
                 StatusProperties status, PolicySources sources, Optional<BigDecimal> uptime) {
        setId("support-outcome");
        frame(this, verdict);
        unplaced.addAll(verdict.readings(answers));

        // The result card: where to go in a sentence, the severity and the first-response deadline,
        // and one button that goes where the customer acts. On a phone it shows without scrolling.
        card.setId("outcome-card");
        card.addClassName("outcome-card");
        card.add(cardHead(verdict));
        add(card);
        Optional<Deadline> deadline = verdict.target().map(t -> Deadline.compute(now, zone, t));
        verdict.severity().ifPresent(severity -> card.add(StaticHtml.of(keyFacts(severity, deadline, zone, now))));
        ChannelCards cards = new ChannelCards(verdict, answers, channels, status);
        card.add(cards.primaryAction());
        add(cards);
        if (verdict.reason() == Reason.IN_SCOPE) {
            // The plain sentence says what to do; the policy's reasoning is one click away.
            Div reasoning = new Div(new Paragraph(getTranslation("outcome.why.in-scope")));
            readingsAbout(Reading.Place.ELIGIBILITY).forEach(reasoning::add);
            NativeDetails why = new NativeDetails(getTranslation("outcome.why"), reasoning);
            why.addClassName("outcome-why");
            why.setId("outcome-why");
            add(StaticHtml.of(why));
        }
        if (!verdict.fixes().isEmpty()) {
            add(new H3(getTranslation("outcome.fixes")));
            UnorderedList fixes = new UnorderedList();
            fixes.setId("outcome-fixes");
            verdict.fixes().forEach(f -> fixes.add(new ListItem(getTranslation("fix." + f.name().toLowerCase(Locale.ROOT)))));
            add(StaticHtml.of(fixes));
            readingsAbout(Reading.Place.ELIGIBILITY).forEach(this::add);
        }
        verdict.status().ifPresent(reading -> {
            Paragraph note = new Paragraph(getTranslation("outcome.status." + reading.code()) + " ");
            note.setId("outcome-status");
            if (reading == StatusReading.UNKNOWN) {
                // Unreadable: a warning, with the page itself one click away.
                note.addClassName("warning-note");
                Anchor page = new Anchor(status.page().toString(), getTranslation("outcome.status.link"));
                page.setId("outcome-status-link");
                NewTab.open(page);
                note.add(page);
            }
            add(StaticHtml.of(note));
            readingsAbout(Reading.Place.STATUS).forEach(this::add);
            uptime.ifPresent(figure -> {
                Paragraph reported = new Paragraph(getTranslation("outcome.status.uptime", status.page().getHost(),
                        figure));
                reported.setId("outcome-status-uptime");
                add(reported);
            });
        });
        if (!verdict.selfChecks().isEmpty()) {
            add(StaticHtml.of(new SelfChecks(verdict.selfChecks(), channels)));
        }
        verdict.severity().ifPresent(severity -> {
            getElement().setAttribute("data-severity", severity.severity().code());
            getElement().setAttribute("data-sla", verdict.sla().code());
            add(StaticHtml.of(severityBlock(severity, verdict, answers)));
        });
        deadline.ifPresent(d -> getElement().setAttribute("data-deadline", d.due().toInstant().toString()));

        if (verdict.concernsSlaTerms()) {
            // Straight to the calculator the verdict is about: the credit for a claim, else the deadline.
            // The deadline calculator prefilled with this request's severity, column and zone.
            String href = verdict.channel() == Channel.SLA_CLAIM ? Routes.SLA + "#credit"
                    : verdict.target().isPresent() && verdict.severity().isPresent()
                    ? Routes.slaDeadline(verdict.severity().get().severity().code(), verdict.sla().code(), zone.getId())
                    : Routes.SLA;
            Anchor sla = new Anchor(href, getTranslation("outcome.sla-link"));
            sla.setId("outcome-sla-link");
            add(StaticHtml.of(new Paragraph(sla))); // a link on a line of its own, not inside the text around it
        }
        verdict.report().ifPresent(kind -> {
            draft = Optional.of(new DraftForm(verdict, kind, answers, channels));
            add(draft.get());
        });
        // Each reading sits beside the figure it changes; the foot names the sources (and any reading left).
        add(StaticHtml.of(new HowWeCount("outcome-how-we-count", List.copyOf(unplaced), sources)));
    }

    /** The verdict's top, down to its reason: the page's first paint ({@link SupportView#opening}). */
    static Div opening(Verdict verdict) {
        Div outcome = new Div();
        frame(outcome, verdict);
        Div head = new Div(cardHead(verdict));
        head.addClassName("outcome-card");
        outcome.add(head);
        return outcome;
    }

    /** The verdict's region: its class, the contract's data attributes, its name for assistive technology. */
    private static void frame(Div outcome, Verdict verdict) {
        outcome.addClassName("outcome");
        outcome.getElement().setAttribute("data-channel", verdict.channel().code());
        outcome.getElement().setAttribute("data-reason", verdict.reason().code());
        outcome.getElement().setAttribute("role", "region");
        outcome.getElement().setAttribute("aria-label", outcome.getTranslation("outcome.label"));
    }

    /** The card's title (where to go) and the reason in a sentence, frozen. */
    private static Component[] cardHead(Verdict verdict) {
        H2 title = new H2();
        title.setText(title.getTranslation(verdict.continuation().isPresent() ? "outcome.title.maintenance"
                : "outcome.title." + verdict.channel().code()));
        title.setId("outcome-card-title");
        title.getElement().setAttribute("data-focus-first", true);
        Paragraph reason = new Paragraph();
        reason.setText(reason.getTranslation("reason." + verdict.reason().code(), ServiceCredits.COMMITMENT));
        reason.setId("outcome-reason");
        return new Component[] {StaticHtml.of(title), StaticHtml.of(reason)};
    }

    /** One line per reading of this verdict about {@code place}, taken off the ones still to show. */
    private List<Paragraph> readingsAbout(Reading.Place place) {
        List<Reading> here = unplaced.stream().filter(r -> r.place() == place).toList();
        unplaced.removeAll(here);
        return here.stream().map(HowWeCount::line).toList();
    }

    /** The draft's description starts with the customer's own text. */
    void describe(String text) {
        draft.ifPresent(d -> d.describe(text));
    }

    /** Tells {@code listener} each way the customer uses the draft, if the verdict has one. */
    void onDraftUsed(java.util.function.Consumer<String> listener) {
        draft.ifPresent(d -> d.onUsed(listener));
    }

    /** "The maintenance does not explain my problem": a button that goes on into the flow. */
    void offerToGoOn(Runnable goOn) {
        Paragraph text = new Paragraph(getTranslation("outcome.go-on.text"));
        NativeButton button = Buttons.primary(getTranslation("outcome.go-on.action"), e -> goOn.run());
        button.setId("outcome-go-on");
        Div goOnBlock = new Div(StaticHtml.of(text), button);
        goOnBlock.setId("outcome-go-on-block");
        goOnBlock.addClassName("outcome-go-on");
        card.add(goOnBlock);
    }

    /** The severity badge and, when there is a target, the first-response deadline, large, with how long that is. */
    private Div keyFacts(SeverityAssessment severity, Optional<Deadline> deadline, ZoneId zone, Instant now) {
        Span badge = new Span(getTranslation("severity." + severity.severity().code()));
        badge.addClassName("severity-badge");
        badge.getElement().setAttribute("data-severity", severity.severity().code());
        Div facts = new Div(badge);
        facts.addClassName("outcome-key-facts");
        deadline.ifPresent(d -> {
            Span due = new Span(getTranslation("outcome.deadline",
                    Messages.format(d.due(), getTranslation("format.deadline"), getLocale()), zonePhrase(zone)));
            due.setId("outcome-deadline");
            due.addClassName("outcome-deadline");
            Span relative = new Span(DurationText.wait(Duration.between(now, d.due().toInstant()), this::getTranslation));
            relative.setId("outcome-deadline-relative");
            relative.addClassName("deadline-relative");
            due.add(relative);
            facts.add(due);
        });
        return facts;
    }

    /** Why this severity, the plan's target, and what the SLA says of it: after the result card. */
    private Div severityBlock(SeverityAssessment severity, Verdict verdict, Answers answers) {
        Div block = new Div();
        block.addClassName("outcome-severity");
        Paragraph level = new Paragraph(getTranslation("outcome.severity",
                getTranslation("severity." + severity.severity().code()),
                getTranslation("severity.rule." + severity.rule().name().toLowerCase(Locale.ROOT))));
        level.setId("outcome-severity");
        Paragraph target = new Paragraph();
        target.setId("outcome-target");
        block.add(level);
        readingsAbout(Reading.Place.SEVERITY).forEach(block::add);
        block.add(target);
        if (verdict.target().isPresent()) {
            target.setText(getTranslation("outcome.target", getTranslation("sla." + verdict.sla().code()),
                    TargetText.of(this, verdict.target().get())));
            readingsAbout(Reading.Place.TARGET).forEach(block::add);
            boolean uptime = SlaTerms.hasUptimeSla(answers);
            block.add(new Paragraph(getTranslation("outcome.sla-note." + (uptime ? "uptime" : "targets-only"),
                    ServiceCredits.COMMITMENT)));
            readingsAbout(Reading.Place.UPTIME).forEach(block::add);
        } else {
            target.setText(getTranslation("outcome.no-target"));
        }
        return block;
    }

    /** "Paris time" / "heure de Paris" for a region's zone, "UTC time" / "heure UTC" for the others. */
    private String zonePhrase(ZoneId zone) {
        return getTranslation(zone.getId().contains("/") ? "outcome.zone.city" : "outcome.zone.plain", zoneName(zone));
    }

    /** "Paris" for Europe/Paris, "New York" for America/New_York, the id itself otherwise. */
    static String zoneName(ZoneId zone) {
        String id = zone.getId();
        return id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
    }
}
