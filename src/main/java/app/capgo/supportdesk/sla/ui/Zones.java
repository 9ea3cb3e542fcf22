package app.capgo.supportdesk.sla.ui;

import java.time.ZoneId;
import java.util.List;

/** The IANA region zones a customer can pick (Area/City ids and UTC), sorted. */
final class Zones {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted()
            .toList();

    private Zones() {
    }

    /** The zone of the list that {@code id} names ("Z" and other UTC spellings as "UTC"); empty for anything else. */
    static java.util.Optional<String> parse(String id) {
        if (ALL.contains(id)) {
            return java.util.Optional.of(id);
        }
        try {
            return ZoneId.of(id).normalized().equals(java.time.ZoneOffset.UTC) ? java.util.Optional.of("UTC")
                    : java.util.Optional.empty();
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
