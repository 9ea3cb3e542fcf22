package app.capgo.supportdesk.base;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The time zones a customer may be in, read in one place for a link's {@code tz}, the browser's
 * zone and the SLA page's zone picker: the IANA region zones (Area/City ids) and UTC.
 */
public final class CustomerZones {

    public static final ZoneId UTC = ZoneId.of("UTC");

    /** Every zone offered, sorted: the region zones and UTC. */
    public static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted()
            .toList();

    private CustomerZones() {
    }

    /**
     * The zone {@code id} names: one of {@link #ALL}, or UTC for its other spellings ({@code Z},
     * {@code Etc/UTC}, {@code GMT}); empty for anything else (an unknown or malformed value).
     */
    public static Optional<ZoneId> parse(String id) {
        if (ALL.contains(id)) {
            return Optional.of(ZoneId.of(id));
        }
        try {
            return ZoneId.of(id).normalized().equals(ZoneOffset.UTC) ? Optional.of(UTC) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
