package app.capgo.supportdesk.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.capgo.supportdesk.inquiry.Inquiries;
import app.capgo.supportdesk.inquiry.InquiryAnonymised;
import app.capgo.supportdesk.inquiry.InquiryService;
import app.capgo.supportdesk.inquiry.SubmissionResult;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The sales module with only the modules it depends on, not the flow, the SLA page or the docs (Spring
 * Modulith's module test, bootstrap mode ALL_DEPENDENCIES): it
 * keeps its notes in its own table and clears them when the inquiry module announces an erasure.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class SalesModuleTest {

    @Autowired
    InquiryService inquiries;
    @Autowired
    InquiryDesk desk;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_anonymised_inquiry_loses_its_internal_notes_and_the_others_keep_theirs(Scenario scenario) {
        long erased = submitWithNote("Erased Later");
        long kept = submitWithNote("Kept Here");

        scenario.publish(new InquiryAnonymised(List.of(erased)))
                .andWaitForStateChange(() -> notes(erased), count -> count == 0)
                .andVerify(count -> assertThat(notes(kept)).as("the other inquiry's notes").isEqualTo(1));
    }

    private long submitWithNote(String name) {
        String reference = ((SubmissionResult.Submitted) inquiries.submit(Inquiries.valid(name), Locale.ENGLISH,
                "10.9.0." + name.length())).reference();
        long id = desk.all(new InquiryFilter(Set.of(), Set.of(), Optional.empty(), Optional.empty(), reference))
                .findFirst().orElseThrow().id();
        assertThat(desk.addNote(id, "Called back", "carol")).isTrue();
        assertThat(notes(id)).isEqualTo(1);
        return id;
    }

    private long notes(long inquiry) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_note WHERE inquiry_id = ?").param(inquiry).query(Long.class).single();
    }
}
