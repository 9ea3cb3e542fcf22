package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A premium-support inquiry, with the delivery of each of its emails (one row per kind in
 * {@code mail_delivery}). Updates write only the changed columns; the deliveries are never written
 * through the entity after it is stored, so sales changing the status never overwrite a delivery.
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

    /** One delivery per email kind, created with the inquiry; their states change only through {@code MailStates}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mail_delivery", joinColumns = @JoinColumn(name = "inquiry_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "kind", length = 20)
    @BatchSize(size = 100)
    private Map<MailKind, MailDelivery> mails = new EnumMap<>(MailKind.class);

    /** When its personal data was erased (retention or request), and by whom; empty while it is kept. */
    private @Nullable Instant anonymisedAt;

    @Column(length = 100)
    private @Nullable String anonymisedBy;

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
        for (MailKind kind : MailKind.values()) {
            mails.put(kind, new MailDelivery());
        }
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

    /** When the personal data was erased; empty while it is kept. */
    public Optional<Instant> anonymisedAt() {
        return Optional.ofNullable(anonymisedAt);
    }

    /** Who erased it (the retention job, or a sales user); empty while it is kept. */
    public Optional<Eraser> anonymisedBy() {
        return anonymisedAt().map(at -> Eraser.of(anonymisedBy));
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

    /** Sets the follow-up status (the sales inbox records who changed it and when). */
    public void status(InquiryStatus value) {
        this.status = value;
    }

    /** The delivery of this inquiry's email of {@code kind}. */
    public MailDelivery mail(MailKind kind) {
        return findMail(kind).orElseThrow(() -> new IllegalStateException("inquiry " + reference + " has no " + kind + " email"));
    }

    /** Its email of that kind, if it has one: an inquiry stored before a kind of email was added has none of it. */
    public Optional<MailDelivery> findMail(MailKind kind) {
        return Optional.ofNullable(mails.get(kind));
    }
}
