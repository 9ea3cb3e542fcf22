package app.capgo.supportdesk.insights;

import app.capgo.supportdesk.policy.SecretMask;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a customer searched for, as it may be kept for the docs' content gaps: secrets masked as in
 * the public drafts, then anything that looks like an email address, a link or an id removed (a
 * number of more than 6 digits, a long hexadecimal or uuid-like string), lower-cased, spaces
 * collapsed, at most {@link #MAX} characters. Empty when nothing is left.
 */
final class GapTerm {

    static final int MAX = 100;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");
    private static final Pattern LONG_ID = Pattern.compile("(?i)\\b(?=[0-9a-f-]*\\d)[0-9a-f-]{12,}\\b");
    private static final Pattern HIDDEN = Pattern.compile("\\[hidden[^\\]]*]");

    private GapTerm() {
    }

    static Optional<String> of(String searched) {
        String text = SecretMask.mask(searched).text();
        text = EMAIL.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll(" ");
        text = LONG_NUMBER.matcher(text).replaceAll(" ");
        text = LONG_ID.matcher(text).replaceAll(" ");
        text = HIDDEN.matcher(text).replaceAll(" ");
        text = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (text.length() > MAX) {
            text = text.substring(0, MAX).strip();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
