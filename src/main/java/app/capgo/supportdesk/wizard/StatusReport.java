package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.StatusReading;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the status feed said: its reading, and the {@code uptime} figure it publishes beside the
 * indicator (a percentage), when it gives one that reads as a number from 0 to 100.
 */
public record StatusReport(StatusReading reading, Optional<BigDecimal> uptime) {

    static final StatusReport UNKNOWN = new StatusReport(StatusReading.UNKNOWN, Optional.empty());

    /** The feed's uptime text ("99.98%", "99.98", 99.98) as a percentage; empty for "N/A" or anything else. */
    static Optional<BigDecimal> uptime(String text) {
        String number = text.strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        if (number.isEmpty() || number.length() > 12 || !number.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(number);
            return value.compareTo(BigDecimal.ZERO) >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0
                    ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
