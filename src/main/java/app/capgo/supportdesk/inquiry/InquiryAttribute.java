package app.capgo.supportdesk.inquiry;

import java.util.List;

/**
 * The attributes of {@link Inquiry} that queries filter and sort by, named once: the inbox's
 * sortable columns and the desk's criteria use these, and a test checks each against the JPA
 * metamodel, so a renamed field fails a test instead of a sales user's click.
 */
public enum InquiryAttribute {
    ID("id"), REFERENCE("reference"), CREATED_AT("createdAt"), NAME("name"), EMAIL("email"), COMPANY("company"),
    ORGANISATION("organisation"), MESSAGE("message"), PLAN("plan"), STATUS("status");

    /** What the inbox's free text searches. */
    public static final List<InquiryAttribute> SEARCHED = List.of(REFERENCE, NAME, EMAIL, COMPANY, ORGANISATION, MESSAGE);

    private final String attribute;

    InquiryAttribute(String attribute) {
        this.attribute = attribute;
    }

    /** The entity attribute's name, as JPA criteria and Spring Data sorts take it. */
    public String attribute() {
        return attribute;
    }
}
