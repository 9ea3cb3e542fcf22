package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.ui.CopyButton;
import app.capgo.supportdesk.base.ui.LabelledField;
import app.capgo.supportdesk.base.ui.NativeTextArea;
import app.capgo.supportdesk.base.ui.NewTab;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.ReportKind;
import app.capgo.supportdesk.policy.Verdict;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.wizard.ReportDraft;
import app.capgo.supportdesk.wizard.RequestDrafts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report checklist of the policy as a short form, with how complete it is, composing the
 * ready-to-send email, GitHub issue and Discord post as the customer types. What was typed is kept
 * for the session.
 */
final class DraftForm extends Div {

    private final Verdict verdict;
    /** An email to support, or a public post (GitHub, Discord): what the draft becomes. */
    private final ReportKind kind;
    /** Told which way the draft was used ({@code email-copied}, {@code email-opened}, {@code github}, ...). */
    private java.util.function.Consumer<String> used = way -> { };
    private final Answers answers;
    private final ChannelProperties channels;
    /** The checklist's fields, frozen, with what the session kept of them. */
    private final DraftFields fields;
    private final Span completeness = new Span();
    /** The browser's own bar: how many of the checklist's items are filled. */
    private final Element completenessBar = new Element("progress");
    private final Anchor mailto = new Anchor("", "");
    private final Anchor github = new Anchor("", "");
    private final NativeTextArea discord = NativeTextArea.readOnly();
    private final Paragraph shortened = new Paragraph();
    private final Pre preview = new Pre();
    /** What looks like a secret in the request: hidden from public drafts, pointed out in the private email. */
    private final Paragraph secrets = new Paragraph();
    /** The request as composed from the checklist: subject, a blank line, body. */
    private String composed = "";

    DraftForm(Verdict verdict, ReportKind kind, Answers answers, ChannelProperties channels) {
        this.verdict = verdict;
        this.kind = kind;
        this.answers = answers;
        this.channels = channels;
        setId("draft");
        addClassName("draft-form");
        add(new H3(getTranslation("draft.title")), new Paragraph(getTranslation("draft.intro")));
        completeness.setId("draft-completeness");
        completenessBar.setAttribute("aria-label", getTranslation("draft.completeness.label"));
        completenessBar.setAttribute("max", String.valueOf(ReportDraft.Item.values().length));
        completenessBar.setAttribute("class", "draft-completeness-bar");
        add(completeness);
        getElement().appendChild(completenessBar);

        fields = new DraftFields(kind, WizardSession.current().report());
        // What will be sent, as it is typed: beside the fields on a wide screen, below them on a phone.
        preview.setId("draft-preview");
        preview.addClassName("draft-preview-text");
        H4 previewTitle = new H4(getTranslation(kind == ReportKind.EMAIL ? "draft.preview.email"
                : "draft.preview.github"));
        Div previewPanel = new Div(previewTitle, preview);
        previewPanel.addClassName("draft-preview");
        preview.getElement().setAttribute("tabindex", "0"); // it may scroll: reachable with the keyboard
        Div columns = new Div(fields, previewPanel);
        columns.addClassName("draft-columns");
        add(columns);
        fields.onChange(report -> update());
        add(actions());
        update();
    }

    /** Calls {@code listener} with the way the customer used the draft, each time. */
    void onUsed(java.util.function.Consumer<String> listener) {
        used = listener;
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("draft-actions");
        shortened.setId("draft-shortened");
        shortened.setText(getTranslation("draft.shortened"));
        if (kind == ReportKind.EMAIL) {
            mailto.setId("draft-mailto");
            mailto.setText(getTranslation("draft.send.email", channels.supportEmail()));
            // For the dashboard's help form, or a webmail that does not open mailto: links.
            mailto.getElement().addEventListener("click", e -> used.accept("email-opened"));
            actions.add(mailto, copyButton("draft-copy-email", "draft.copy.email", "email-copied"));
        } else {
            github.setId("draft-github");
            github.setText(getTranslation("draft.send.github"));
            NewTab.open(github);
            github.getElement().addEventListener("click", e -> used.accept("github"));
            discord.setId("draft-discord-text");
            CopyButton copy = new CopyButton(getTranslation("draft.discord.copy"), discord::getValue,
                    getTranslation("draft.discord.copied"));
            copy.setId("draft-copy");
            copy.addClickListener(e -> used.accept("discord-copied"));
            actions.add(github, copyButton("draft-copy-github", "draft.copy.github", "github-copied"),
                    new LabelledField(discord, getTranslation("draft.discord.label"), null), copy);
        }
        secrets.setId("draft-secrets");
        secrets.addClassName("warning-note");
        actions.add(shortened, secrets);
        return actions;
    }

    /** Copies the composed request (subject, then body) to the clipboard. */
    private CopyButton copyButton(String id, String key, String way) {
        CopyButton copy = new CopyButton(getTranslation(key), () -> composed, getTranslation("draft.copied"));
        copy.addClickListener(e -> used.accept(way));
        copy.setId(id);
        copy.addClassName("tertiary");
        return copy;
    }

    /** Starts the description with the customer's own text (from the home search or a link), unless they wrote one. */
    void describe(String text) {
        fields.describe(text);
        update();
    }

    private void update() {
        ReportDraft report = fields.value();
        WizardSession.current().report(report);
        int filled = report.filledCount();
        String missing = report.missing().stream().map(i -> getTranslation("draft.item." + i.key()))
                .collect(Collectors.joining(", "));
        completeness.setText(missing.isEmpty() ? getTranslation("draft.completeness.full")
                : getTranslation("draft.completeness", filled, ReportDraft.Item.values().length, missing));
        completenessBar.setAttribute("value", String.valueOf(filled));
        getElement().setAttribute("data-filled", String.valueOf(filled));
        RequestDrafts drafts = RequestDrafts.compose(verdict, answers, report, channels.supportEmail(),
                channels.githubOrg(), this::getTranslation, (key, params) -> getTranslation(Locale.ENGLISH, key, params));
        mailto.setHref(drafts.mailto());
        github.setHref(drafts.githubIssue());
        discord.setValue(drafts.discordPost());
        boolean official = kind == ReportKind.EMAIL;
        composed = official ? drafts.subject() + "\n\n" + drafts.body() : drafts.publicText();
        preview.setText(composed);
        shortened.setVisible(drafts.shortened());
        secrets.setVisible(!drafts.hidden().isEmpty());
        if (!drafts.hidden().isEmpty()) {
            String kinds = drafts.hidden().stream().distinct().map(k -> getTranslation("secret." + k.key()))
                    .collect(Collectors.joining(", "));
            secrets.setText(getTranslation(official ? "draft.secrets.kept" : "draft.secrets.hidden",
                    drafts.hidden().size(), kinds));
        }
    }

}
