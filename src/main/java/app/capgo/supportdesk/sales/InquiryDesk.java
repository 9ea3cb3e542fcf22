package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.inquiry.Eraser;
import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.inquiry.InquiryAttribute;
import app.capgo.supportdesk.inquiry.InquiryLimits;
import app.capgo.supportdesk.inquiry.InquiryRepository;
import app.capgo.supportdesk.inquiry.InquiryRetention;
import app.capgo.supportdesk.inquiry.InquiryStatus;

import app.capgo.supportdesk.inquiry.mail.MailKind;
import app.capgo.supportdesk.inquiry.mail.MailStates;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What sales do with inquiries: find and filter them, follow them up, resend a failed email. */
@Service
public class InquiryDesk {

    private final InquiryRepository repository;
    private final JdbcClient jdbc;
    private final MailStates states;
    private final Clock clock;
    private final InquiryRetention retention;

    InquiryDesk(InquiryRepository repository, JdbcClient jdbc, MailStates states, Clock clock,
                InquiryRetention retention) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.states = states;
        this.clock = clock;
        this.retention = retention;
    }

    @Transactional(readOnly = true)
    public List<Inquiry> find(InquiryFilter filter, Pageable page) {
        // Newest first unless a column is sorted (as the CSV); the id breaks ties of the same instant.
        Pageable sorted = page.getSort().isSorted() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Direction.DESC, InquiryAttribute.CREATED_AT.attribute())
                        .and(Sort.by(Sort.Direction.DESC, InquiryAttribute.ID.attribute())));
        return repository.findAll(specification(filter), sorted).getContent();
    }

    @Transactional(readOnly = true)
    public int count(InquiryFilter filter) {
        return (int) repository.count(specification(filter));
    }

    /** Every inquiry the filter matches, newest first (for the CSV export). */
    @Transactional(readOnly = true)
    public Stream<Inquiry> all(InquiryFilter filter) {
        return repository.findAll(specification(filter), Sort.by(Sort.Direction.DESC,
                InquiryAttribute.CREATED_AT.attribute())).stream();
    }

    @Transactional(readOnly = true)
    public Optional<Inquiry> get(long id) {
        return repository.findById(id);
    }

    /**
     * Sets the status, recorded in the history. False (nothing changes) once the inquiry's personal
     * data is erased, whatever a stale page still shows.
     */
    @Transactional
    public boolean changeStatus(long id, InquiryStatus status, String who) {
        if (!lockUnlessErased(id)) {
            return false;
        }
        Inquiry inquiry = repository.findById(id).orElseThrow();
        if (inquiry.status() == status) {
            return true;
        }
        inquiry.status(status);
        jdbc.sql("INSERT INTO inquiry_status_change (inquiry_id, status, changed_by, changed_at) VALUES (:i, :s, :w, :t)")
                .param("i", id).param("s", status.name()).param("w", who).param("t", Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    /** Adds an internal note. False (nothing stored) once the inquiry's personal data is erased. */
    @Transactional
    public boolean addNote(long id, String text, String who) {
        String note = text.strip();
        if (note.isEmpty() || note.length() > InquiryLimits.NOTE) {
            throw new IllegalArgumentException("a note has 1 to " + InquiryLimits.NOTE + " characters");
        }
        if (!lockUnlessErased(id)) {
            return false;
        }
        jdbc.sql("INSERT INTO inquiry_note (inquiry_id, author, created_at, text) VALUES (:i, :a, :t, :x)")
                .param("i", id).param("a", who).param("t", Timestamp.from(clock.instant())).param("x", note).update();
        return true;
    }

    /**
     * Locks the inquiry's row for this transaction; false when it is erased (or gone). An erasure
     * running at the same time locks it first, so this waits for it and then sees it erased.
     */
    private boolean lockUnlessErased(long id) {
        return jdbc.sql("SELECT anonymised_at IS NULL FROM inquiry WHERE id = :i FOR UPDATE").param("i", id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The internal notes of every inquiry that has some, oldest first, by inquiry id (for the CSV export). */
    @Transactional(readOnly = true)
    public Map<Long, List<InquiryEvent>> notes() {
        return jdbc.sql("SELECT inquiry_id, created_at, author, text FROM inquiry_note ORDER BY created_at, id")
                .query((rs, n) -> Map.entry(rs.getLong(1), new InquiryEvent(rs.getTimestamp(2).toInstant(),
                        rs.getString(3), InquiryEvent.Kind.NOTE, rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())));
    }

    /** Status changes, notes and the erasure of its personal data, oldest first. */
    @Transactional(readOnly = true)
    public List<InquiryEvent> history(Inquiry inquiry) {
        long id = inquiry.id();
        List<InquiryEvent> events = new ArrayList<>();
        jdbc.sql("SELECT changed_at, changed_by, status FROM inquiry_status_change WHERE inquiry_id = :i").param("i", id)
                .query((rs, n) -> new InquiryEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        InquiryEvent.Kind.STATUS, rs.getString(3))).list().forEach(events::add);
        jdbc.sql("SELECT created_at, author, text FROM inquiry_note WHERE inquiry_id = :i").param("i", id)
                .query((rs, n) -> new InquiryEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        InquiryEvent.Kind.NOTE, rs.getString(3))).list().forEach(events::add);
        inquiry.anonymisedAt().ifPresent(at -> events.add(switch (inquiry.anonymisedBy().orElseThrow()) {
            case Eraser.SalesUser user -> new InquiryEvent(at, user.name(), InquiryEvent.Kind.ERASED, "");
            case Eraser.RetentionJob job -> new InquiryEvent(at, "", InquiryEvent.Kind.ANONYMISED_BY_RETENTION, "");
        }));
        events.sort(Comparator.comparing(InquiryEvent::at));
        return events;
    }

    /**
     * Erases the personal data of an inquiry at the customer's request (GDPR): see
     * {@link InquiryRetention}; recorded in its history. False when it was erased already.
     */
    public boolean erase(long id, String who) {
        return retention.erase(id, who);
    }

    /**
     * Puts a failed email back in line; the retry sends it within seconds. False when it was already
     * sent, or when the inquiry's personal data is erased.
     */
    @Transactional
    public boolean resend(long id, MailKind kind) {
        return lockUnlessErased(id) && states.resend(id, kind);
    }

    private static Specification<Inquiry> specification(InquiryFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                where.add(root.get(InquiryAttribute.STATUS.attribute()).in(filter.statuses()));
            }
            if (!filter.plans().isEmpty()) {
                where.add(root.get(InquiryAttribute.PLAN.attribute()).in(filter.plans()));
            }
            filter.from().ifPresent(d -> where.add(cb.greaterThanOrEqualTo(root.get(InquiryAttribute.CREATED_AT.attribute()),
                    d.atStartOfDay(ZoneOffset.UTC).toInstant())));
            filter.to().ifPresent(d -> where.add(cb.lessThan(root.get(InquiryAttribute.CREATED_AT.attribute()),
                    d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
            if (!filter.text().isEmpty()) {
                String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(InquiryAttribute.SEARCHED.stream()
                        .map(f -> cb.like(cb.lower(root.get(f.attribute())), like, '\\')).toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
