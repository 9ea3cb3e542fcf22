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
}
