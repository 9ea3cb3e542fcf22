package app.capgo.supportdesk.sales.ui;

import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.inquiry.InquiryLimits;
import app.capgo.supportdesk.sales.InquiryDesk;
import app.capgo.supportdesk.sales.InquiryEvent;
import app.capgo.supportdesk.sales.MailStateText;
import app.capgo.supportdesk.inquiry.InquiryFields;
import app.capgo.supportdesk.inquiry.InquiryStatus;
import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** One inquiry in full: every field, its emails, status workflow, notes and history. */
final class InquiryDetails extends Div {

    private final InquiryDesk desk;
    private final String user;
    private final Runnable changed;

    InquiryDetails(InquiryDesk desk, String user, Runnable changed) {
        this.desk = desk;
        this.user = user;
        this.changed = changed;
        setId("sales-details");
        addClassNames("inquiry-details", "sales-panel");
        show(Optional.empty());
    }

    void show(Optional<Long> id) {
        removeAll();
        Optional<Inquiry> inquiry = id.flatMap(desk::get);
        if (inquiry.isEmpty()) {
            add(new Paragraph(getTranslation("sales.details.none")));
            return;
        }
        Inquiry i = inquiry.get();
        getElement().setAttribute("data-reference", i.reference());
        add(new H2(getTranslation("sales.details.heading", i.reference(),
                i.anonymisedAt().isPresent() ? getTranslation("sales.erased") : i.company())));
        UnorderedList fields = new UnorderedList();
        InquiryFields.of(i, this::getTranslation).forEach((label, value) ->
                fields.add(new ListItem(getTranslation("field.line", label, value.isBlank() ? "—" : value))));
        add(fields);
        Paragraph message = new Paragraph(i.message().isBlank() ? "—" : i.message()); // blank once erased
        message.addClassName("inquiry-message");
        add(new H3(getTranslation("record.message")), message);

        add(new H3(getTranslation("sales.details.emails")));
        for (MailKind kind : MailKind.values()) {
            add(mail(i, kind));
        }

        Select<InquiryStatus> status = new Select<>();
        status.setId("sales-status");
        status.setLabel(getTranslation("sales.column.status"));
        status.setItems(InquiryStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("sales.status." + s.name().toLowerCase(Locale.ROOT)));
        status.setValue(i.status());
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Notification.show(getTranslation(desk.changeStatus(i.id(), e.getValue(), user) ? "sales.saved.status"
                        : "sales.erased.refused"));
                changed.run();
                show(Optional.of(i.id()));
            }
        });
        TextArea note = new TextArea(getTranslation("sales.details.note"));
        note.setId("sales-note");
        note.setMaxLength(InquiryLimits.NOTE);
        note.setWidthFull();
        Button addNote = new Button(getTranslation("sales.details.add-note"), e -> {
            if (note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("sales.details.note-empty"));
                note.setInvalid(true);
                return;
            }
            Notification.show(getTranslation(desk.addNote(i.id(), note.getValue(), user) ? "sales.saved.note"
                    : "sales.erased.refused"));
            show(Optional.of(i.id()));
        });
        addNote.setId("sales-add-note");
        if (i.anonymisedAt().isPresent()) {
            // Nothing personal may come back in a note once erased.
            add(status, history(i));
        } else {
            // Erasure stays away from the note's button: it closes the details, after the history.
            Div danger = new Div(erase(i));
            danger.addClassName("sales-danger-zone");
            add(status, note, addNote, history(i), danger);
        }
    }

    /** Erasure on the customer's request, after a confirmation that says what goes and what stays. */
    private Button erase(Inquiry i) {
        Button erase = new Button(getTranslation("sales.erase"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("sales.erase.title", i.reference()),
                    getTranslation("sales.erase.text"), getTranslation("sales.erase.confirm"), done -> {
                desk.erase(i.id(), user);
                Notification.show(getTranslation("sales.erase.done", i.reference()));
                changed.run();
                show(Optional.of(i.id()));
            });
            confirm.setId("sales-erase-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("sales.erase.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        erase.setId("sales-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return erase;
    }

    private Div mail(Inquiry i, MailKind kind) {
        String state = getTranslation(MailStateText.key(i, kind));
        Optional<MailDelivery> delivery = i.findMail(kind);
        if (delivery.isEmpty()) {
            Div line = new Div(new Paragraph(getTranslation("field.line", getTranslation("sales.mail-kind." + kind.key()), state)));
            line.setId("sales-mail-" + kind.name().toLowerCase(Locale.ROOT));
            return line;
        }
        MailDelivery mail = delivery.get();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", getLocale()).withZone(ZoneId.of("UTC"));
        String detail = switch (mail.state()) {
            case SENT -> getTranslation("sales.mail.sent-at", mail.sentAt().map(time::format).orElse(""));
            case FAILING, UNDELIVERABLE -> getTranslation("sales.mail.failing-detail", mail.attempts(),
                    mail.lastError().orElse(""));
            case PENDING, SENDING -> "";
        };
        Div line = new Div(new Paragraph(getTranslation("field.line",
                getTranslation("sales.mail-kind." + kind.key()),
                detail.isEmpty() ? state : getTranslation("sales.mail.state-detail", state, detail))));
        line.setId("sales-mail-" + kind.name().toLowerCase(Locale.ROOT));
        if (mail.state() == MailDelivery.State.FAILING) {
            Button resend = new Button(getTranslation("sales.mail.resend"), e -> {
                Notification.show(getTranslation(desk.resend(i.id(), kind) ? "sales.mail.resend-queued"
                        : "sales.erased.refused"));
                changed.run();
            });
            resend.setId("sales-resend-" + kind.name().toLowerCase(Locale.ROOT));
            line.add(resend);
        }
        return line;
    }

    private Div history(Inquiry inquiry) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", getLocale()).withZone(ZoneId.of("UTC"));
        UnorderedList list = new UnorderedList();
        list.setId("sales-history");
        for (InquiryEvent event : desk.history(inquiry)) {
            String what = switch (event.kind()) {
                case STATUS -> getTranslation("sales.history.status",
                        getTranslation("sales.status." + event.text().toLowerCase(Locale.ROOT)));
                case NOTE -> getTranslation("sales.history.note", event.text());
                case ERASED -> getTranslation("sales.history.erased");
                case ANONYMISED_BY_RETENTION -> getTranslation("sales.history.anonymised");
            };
            // The retention job is not a person: it is named in the reader's language.
            String who = event.kind() == InquiryEvent.Kind.ANONYMISED_BY_RETENTION
                    ? getTranslation("sales.history.by-retention") : event.who();
            list.add(new ListItem(getTranslation("sales.history.line", time.format(event.at()), who, what)));
        }
        return new Div(new H3(getTranslation("sales.details.history")), list);
    }
}
