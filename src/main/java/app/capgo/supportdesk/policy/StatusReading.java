package app.capgo.supportdesk.policy;

import java.util.Locale;

/** A reading of the status feed's {@code indicator} (Statuspage vocabulary), or unknown. */
public enum StatusReading implements Code {
    NONE("none"),
    MINOR("minor"),
    MAJOR("major"),
    CRITICAL("critical"),
    MAINTENANCE("maintenance"),
    UNKNOWN("unknown");

    private final String code;

    StatusReading(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The reading for an indicator as the feed wrote it; anything unexpected is unknown. */
    public static StatusReading fromIndicator(String indicator) {
        return Code.parse(StatusReading.class, indicator.trim().toLowerCase(Locale.ROOT)).orElse(UNKNOWN);
    }

    /** What this reading means for a customer reporting an outage. */
    public OutageMeaning meaning() {
        return switch (this) {
            case MINOR, MAJOR, CRITICAL -> OutageMeaning.ONGOING_INCIDENT;
            case MAINTENANCE -> OutageMeaning.MAINTENANCE;
            case NONE -> OutageMeaning.OPERATIONAL;
            case UNKNOWN -> OutageMeaning.UNREADABLE;
        };
    }

    /** For the outage topic: the status page answers, or the flow goes on as troubleshooting. */
    public enum OutageMeaning {
        ONGOING_INCIDENT(true), MAINTENANCE(true), OPERATIONAL(false), UNREADABLE(false);

        private final boolean endsOnStatusPage;

        OutageMeaning(boolean endsOnStatusPage) {
            this.endsOnStatusPage = endsOnStatusPage;
        }

        public boolean endsOnStatusPage() {
            return endsOnStatusPage;
        }
    }
}
