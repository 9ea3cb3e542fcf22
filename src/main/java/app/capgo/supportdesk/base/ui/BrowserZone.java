package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.CustomerZones;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.ZoneId;
import java.util.Optional;

/** The browser's time zone, from the client details Vaadin fetches when the page loads. */
public final class BrowserZone {

    private BrowserZone() {
    }

    /** The zone the browser reports (e.g. {@code Europe/Paris}), read as {@link CustomerZones#parse}; empty when it reports none. */
    public static Optional<ZoneId> of(UI ui) {
        return Optional.ofNullable(ui.getPage().getExtendedClientDetails())
                .map(ExtendedClientDetails::getTimeZoneId)
                .filter(id -> !id.isBlank())
                .flatMap(CustomerZones::parse);
    }
}
