package app.capgo.supportdesk.sales.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.inquiry.mail.Outbox;
import app.capgo.supportdesk.security.StaffRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the embedded SMTP server received (the out-of-the-box run), on {@code /outbox}. */
@Route(Routes.OUTBOX)
@RolesAllowed(StaffRoles.SALES)
@Menu(order = 5, title = "outbox.menu")
final class OutboxView extends VerticalLayout implements TitledView {

    /** One received email, as shown. */
    record Mail(String from, String to, String replyTo, String subject, Optional<Instant> sent, String text) {
    }

    OutboxView(ObjectProvider<Outbox> outbox) {
        addClassName("outbox-view");
        setWidthFull();
        add(new H1(getTranslation("outbox.title")));
        Optional<Outbox> embedded = Optional.ofNullable(outbox.getIfAvailable());
        if (embedded.isEmpty()) {
            add(new Paragraph(getTranslation("outbox.external")));
            return;
        }
        add(new Paragraph(getTranslation("outbox.intro")));
        // The server keeps its mail by mailbox: sorted by when each was sent, newest first.
        List<Mail> mails = newestFirst(embedded.get().messages().stream().map(OutboxView::read).toList());
        Grid<Mail> grid = new Grid<>();
        grid.setId("outbox-grid");
        grid.addColumn(Mail::to).setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(Mail::replyTo).setHeader(getTranslation("outbox.reply-to")).setAutoWidth(true);
        grid.addColumn(Mail::subject).setHeader(getTranslation("outbox.subject")).setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(mails);
        Paragraph none = new Paragraph(getTranslation("outbox.preview.none"));
        Pre preview = new Pre();
        preview.setId("outbox-preview");
        preview.addClassName("outbox-preview");
        preview.setVisible(false);
        Div message = new Div(none, preview);
        message.addClassName("sales-panel");
        // The list stays in view beside the message (above it on a phone).
        grid.asSingleSelect().addValueChangeListener(e -> {
            preview.setText(e.getValue() == null ? "" : heading(e.getValue()) + "\n\n" + e.getValue().text());
            preview.setVisible(e.getValue() != null);
            none.setVisible(e.getValue() == null);
        });
        Div split = new Div(grid, message);
        split.addClassName("sales-split");
        add(split);
    }

    static List<Mail> newestFirst(List<Mail> mails) {
        return mails.stream().sorted(Comparator.comparing((Mail m) -> m.sent().orElse(Instant.EPOCH)).reversed()).toList();
    }

    /** The lines an email client shows above a message: subject, sender, recipient, date (UTC). */
    private String heading(Mail mail) {
        return getTranslation("outbox.heading", mail.subject(), mail.from(), mail.to(), mail.sent()
                .map(t -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(t))
                .orElse("—"));
    }

    static Mail read(MimeMessage m) {
        try {
            return new Mail(addresses(m.getFrom()), addresses(m.getRecipients(Message.RecipientType.TO)),
                    addresses(m.getReplyTo()), Optional.ofNullable(m.getSubject()).orElse(""),
                    Optional.ofNullable(m.getSentDate()).map(java.util.Date::toInstant), text(m));
        } catch (Exception e) {
            return new Mail("", "", "", "", Optional.empty(), e.toString());
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String t = text(multipart.getBodyPart(i));
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }

    @Override
    public String titleKey() {
        return "outbox.title";
    }
}
