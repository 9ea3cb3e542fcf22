package app.capgo.supportdesk.inquiry;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A premium-support inquiry, with the delivery state of its two emails. Updates write only the
 * changed columns, so that sales changing the status never overwrite an email's state.
 */
@Entity
@DynamicUpdate
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_seq")
    @SequenceGenerator(name = "inquiry_seq", sequenceName = "inquiry_seq", allocationSize = 1)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference = "";

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false, length = InquiryLimits.NAME)
    private String name = "";

    @Column(nullable = false, length = InquiryLimits.EMAIL)
    private String email = "";

    @Column(nullable = false, length = InquiryLimits.COMPANY)
    private String company = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryPlan plan = InquiryPlan.OTHER;

    @Column(nullable = false, length = InquiryLimits.ORGANISATION)
    private String organisation = "";

    @Column(nullable = false, length = InquiryLimits.APP_SCALE)
    private String appScale = "";

    @Column(nullable = false, length = InquiryLimits.CONTACT_TIME)
    private String contactTime = "";

    @Column(nullable = false, length = InquiryLimits.MESSAGE)
    private String message = "";

    @Column(nullable = false, length = 5)
    private String language = "en";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryStatus status = InquiryStatus.NEW;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "state", column = @Column(name = "sales_mail_state", nullable = false, length = 10)),
            @AttributeOverride(name = "attempts", column = @Column(name = "sales_mail_attempts", nullable = false)),
            @AttributeOverride(name = "sentAt", column = @Column(name = "sales_mail_sent_at")),
            @AttributeOverride(name = "lastAttemptAt", column = @Column(name = "sales_mail_last_attempt_at")),
            @AttributeOverride(name = "lastError", column = @Column(name = "sales_mail_last_error", length = InquiryLimits.ERROR))})
    private MailDelivery salesMail = new MailDelivery();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "state", column = @Column(name = "customer_mail_state", nullable = false, length = 10)),
            @AttributeOverride(name = "attempts", column = @Column(name = "customer_mail_attempts", nullable = false)),
            @AttributeOverride(name = "sentAt", column = @Column(name = "customer_mail_sent_at")),
            @AttributeOverride(name = "lastAttemptAt", column = @Column(name = "customer_mail_last_attempt_at")),
            @AttributeOverride(name = "lastError", column = @Column(name = "customer_mail_last_error", length = InquiryLimits.ERROR))})
    private MailDelivery customerMail = new MailDelivery();

    @Version
    private long version;

    protected Inquiry() {
    }

    Inquiry(InquiryRequest request, String language, Instant now) {
        this.name = request.getName().strip();
        this.email = request.getEmail().strip();
        this.company = request.getCompany().strip();
        this.plan = java.util.Objects.requireNonNull(request.getPlan(), "a validated request has a plan");
        this.organisation = request.getOrganisation().strip();
        this.appScale = request.getAppScale().strip();
        this.contactTime = request.getContactTime().strip();
        this.message = request.getMessage().strip();
        this.language = language;
        this.createdAt = now;
    }

    /** Gives the stored inquiry its human-friendly reference, e.g. {@code PS-2026-000042}. */
    void assignReference() {
        if (id == null) {
            throw new IllegalStateException("an inquiry gets its reference once stored");
        }
        reference = String.format("PS-%d-%06d", createdAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not stored yet");
        }
        return id;
    }

    public String reference() {
        return reference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String company() {
        return company;
    }

    public InquiryPlan plan() {
        return plan;
    }

    public String organisation() {
        return organisation;
    }

    public String appScale() {
        return appScale;
    }

    public String contactTime() {
        return contactTime;
    }

    public String message() {
        return message;
    }

    public String language() {
        return language;
    }

    public InquiryStatus status() {
        return status;
    }

    void status(InquiryStatus value) {
        this.status = value;
    }

    public MailDelivery mail(MailKind kind) {
        return kind == MailKind.SALES ? salesMail : customerMail;
    }
}
