package app.capgo.supportdesk.insights;

import java.util.OptionalDouble;

/** A share: {@code part} of {@code whole}; no percentage when the whole is zero. */
public record Ratio(long part, long whole) {

    /** The share in percent, when there is anything to share. */
    public OptionalDouble percent() {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }
}
