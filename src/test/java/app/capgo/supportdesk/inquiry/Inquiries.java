package app.capgo.supportdesk.inquiry;

/** Test data for inquiries. */
public final class Inquiries {

    private Inquiries() {
    }

    public static InquiryRequest valid(String name) {
        InquiryRequest r = new InquiryRequest();
        r.setName(name);
        r.setEmail("jose.nunez@example.com");
        r.setCompany("Café Crème SAS");
        r.setPlan(InquiryPlan.ENTERPRISE);
        r.setOrganisation("com.cafe.app");
        r.setAppScale("3 apps, 250k MAU");
        r.setContactTime("Mornings CET");
        r.setMessage("We need faster answers.\nÉtat: critique <script>alert('x')</script>");
        return r;
    }

    /**
     * Stores {@code request} as an earlier version of the form could have (no validation), with its
     * emails due, as {@code InquiryService} does; returns the reference.
     */
    static String storeUnchecked(org.springframework.transaction.support.TransactionTemplate transaction,
                                 InquiryRepository repository, org.springframework.context.ApplicationEventPublisher events,
                                 InquiryRequest request) {
        return transaction.execute(status -> {
            Inquiry inquiry = repository.save(new Inquiry(request, "en", java.time.Instant.now()));
            inquiry.assignReference();
            for (app.capgo.supportdesk.inquiry.mail.MailKind kind : app.capgo.supportdesk.inquiry.mail.MailKind.values()) {
                events.publishEvent(new app.capgo.supportdesk.inquiry.mail.MailDue(inquiry.id(), kind));
            }
            return inquiry.reference();
        });
    }

    /** The stored inquiry with {@code reference} (the app itself never looks one up by reference). */
    static java.util.Optional<Inquiry> byReference(InquiryRepository repository, String reference) {
        return repository.findAll().stream().filter(i -> i.reference().equals(reference)).findFirst();
    }
}
