package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryStatus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The inbox's filters: statuses, plans, a date range (inclusive, UTC days) and free text. */
public record InquiryFilter(Set<InquiryStatus> statuses, Set<InquiryPlan> plans, Optional<LocalDate> from,
                            Optional<LocalDate> to, String text) {

    public static final InquiryFilter ALL = new InquiryFilter(Set.of(), Set.of(), Optional.empty(), Optional.empty(), "");

    public InquiryFilter {
        statuses = Set.copyOf(statuses);
        plans = Set.copyOf(plans);
        text = text.strip();
    }
}
