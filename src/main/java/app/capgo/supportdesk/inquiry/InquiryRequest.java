package app.capgo.supportdesk.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a customer submits; the form binds to it and Bean Validation checks it (messages in ValidationMessages*). */
public class InquiryRequest {

    @NotBlank(message = "{inquiry.name.required}")
    @Size(max = InquiryLimits.NAME, message = "{inquiry.too-long}")
    @Pattern(regexp = InquiryLimits.ONE_LINE, message = "{inquiry.one-line}")
    private String name = "";

    @NotBlank(message = "{inquiry.email.required}")
    @DeliverableAddress
    @Size(max = InquiryLimits.EMAIL, message = "{inquiry.too-long}")
    private String email = "";

    @NotBlank(message = "{inquiry.company.required}")
    @Size(max = InquiryLimits.COMPANY, message = "{inquiry.too-long}")
    @Pattern(regexp = InquiryLimits.ONE_LINE, message = "{inquiry.one-line}")
    private String company = "";

    @NotNull(message = "{inquiry.plan.required}")
    private @Nullable InquiryPlan plan;

    @Size(max = InquiryLimits.ORGANISATION, message = "{inquiry.too-long}")
    @Pattern(regexp = InquiryLimits.ONE_LINE, message = "{inquiry.one-line}")
    private String organisation = "";

    @Size(max = InquiryLimits.APP_SCALE, message = "{inquiry.too-long}")
    @Pattern(regexp = InquiryLimits.ONE_LINE, message = "{inquiry.one-line}")
    private String appScale = "";

    @Size(max = InquiryLimits.CONTACT_TIME, message = "{inquiry.too-long}")
    @Pattern(regexp = InquiryLimits.ONE_LINE, message = "{inquiry.one-line}")
    private String contactTime = "";

    @NotBlank(message = "{inquiry.message.required}")
    @Size(max = InquiryLimits.MESSAGE, message = "{inquiry.too-long}")
    @Pattern(regexp = InquiryLimits.TEXT, message = "{inquiry.control-characters}")
    private String message = "";

    /** The honeypot: hidden from people, filled by bots. Not stored. */
    private String website = "";

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? "" : email; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company == null ? "" : company; }
    public @Nullable InquiryPlan getPlan() { return plan; }
    public void setPlan(@Nullable InquiryPlan plan) { this.plan = plan; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation == null ? "" : organisation; }
    public String getAppScale() { return appScale; }
    public void setAppScale(String appScale) { this.appScale = appScale == null ? "" : appScale; }
    public String getContactTime() { return contactTime; }
    public void setContactTime(String contactTime) { this.contactTime = contactTime == null ? "" : contactTime; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message == null ? "" : message; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website == null ? "" : website; }
}
