package app.capgo.supportdesk.sla.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The address credit claims go to (the official support email). */
@Component
final class SupportAddress {

    private final String address;

    SupportAddress(@Value("${support.channels.support-email}") String address) {
        this.address = address;
    }

    String address() {
        return address;
    }
}
