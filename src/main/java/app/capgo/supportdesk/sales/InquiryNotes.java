package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.inquiry.InquiryAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sales module's own table of internal notes ({@code inquiry_note}) follows an erasure: the
 * notes of anonymised inquiries are deleted, in the erasing transaction (a synchronous listener),
 * so the inquiry module never touches this module's table.
 */
@Component
class InquiryNotes {

    private final JdbcClient jdbc;

    InquiryNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(InquiryAnonymised anonymised) {
        jdbc.sql("DELETE FROM inquiry_note WHERE inquiry_id IN (:ids)").param("ids", anonymised.inquiryIds()).update();
    }
}
