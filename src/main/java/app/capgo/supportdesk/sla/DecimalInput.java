package app.capgo.supportdesk.sla;

import app.capgo.supportdesk.base.i18n.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a decimal number as people type it: {@code 98.5} or {@code 98,5}, with spaces or
 * thousands separators ({@code 1 000,50}, {@code 1,000.50}) and an optional {@code %}.
 */
public final class DecimalInput {

    private static final int MAX_LENGTH = 40;
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");

    private DecimalInput() {
    }

    /** The number typed, or empty when it is not one. */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = text.replaceAll("[\\s\\u00A0\\u202F']", "").replaceFirst("%$", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            s = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (comma >= 0) {
            boolean thousands = !Messages.isFrench(locale)
                    && ENGLISH_THOUSANDS.matcher(s).matches();
            s = thousands ? s.replace(",", "") : s.replace(',', '.');
        }
        return PLAIN.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }
}
