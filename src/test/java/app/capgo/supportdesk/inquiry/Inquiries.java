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

    /** The stored inquiry with {@code reference} (the app itself never looks one up by reference). */
    static java.util.Optional<Inquiry> byReference(InquiryRepository repository, String reference) {
        return repository.findAll().stream().filter(i -> i.reference().equals(reference)).findFirst();
    }
}
