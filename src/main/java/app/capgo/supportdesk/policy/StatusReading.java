package app.capgo.supportdesk.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A reading of the status feed's {@code indicator}, or unknown. Capgo does not document its values:
 * the app understands the Statuspage vocabulary ({@code none}, {@code minor}, {@code major},
 * {@code critical}, {@code maintenance}) and the plain words of a home-made status page ({@code up},
 * {@code operational}, {@code ok}; {@code down}, {@code outage}, {@code degraded}, {@code partial}),
 * POLICY.md section 4, "our reading".
 */
public enum StatusReading implements Code {
    NONE("none", "up", "operational", "ok"),
    MINOR("minor"),
    MAJOR("major"),
    CRITICAL("critical"),
    /** An incident in the plain words of a home-made status page (down, outage, degraded, partial). */
    INCIDENT("incident", "down", "outage", "degraded", "partial"),
    MAINTENANCE("maintenance"),
    UNKNOWN("unknown");

    private final String code;
    private final List<String> words;

    StatusReading(String code, String... aliases) {
        this.code = code;
        this.words = Stream.concat(Stream.of(code), Arrays.stream(aliases)).toList();
    }

    @Override
    public String code() {
        return code;
    }

    /** The reading for an indicator as the feed wrote it; anything unexpected is unknown. */
    public static StatusReading fromIndicator(String indicator) {
        return known(indicator).orElse(UNKNOWN);
    }

    /** The reading for an indicator the app understands; empty for a value never seen before. */
    public static Optional<StatusReading> known(String indicator) {
        String word = indicator.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r != UNKNOWN && r.words.contains(word)).findFirst();
    }

    /** What this reading means for a customer reporting an outage. */
    public OutageMeaning meaning() {
        return switch (this) {
            case MINOR, MAJOR, CRITICAL, INCIDENT -> OutageMeaning.ONGOING_INCIDENT;
            case MAINTENANCE -> OutageMeaning.MAINTENANCE;
            case NONE -> OutageMeaning.OPERATIONAL;
            case UNKNOWN -> OutageMeaning.UNREADABLE;
        };
    }

    /**
     * For the outage topic: an incident ends on the status page; maintenance shows the status page
     * first and lets the customer go on as troubleshooting; anything else goes on as troubleshooting.
     */
    public enum OutageMeaning {
        ONGOING_INCIDENT(true), MAINTENANCE(true), OPERATIONAL(false), UNREADABLE(false);

        private final boolean showsStatusPage;

        OutageMeaning(boolean showsStatusPage) {
            this.showsStatusPage = showsStatusPage;
        }

        /** Whether the verdict is the status page (for maintenance, with a way to go on). */
        public boolean endsOnStatusPage() {
            return showsStatusPage;
        }
    }
}
