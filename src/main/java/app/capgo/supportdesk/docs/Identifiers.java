package app.capgo.supportdesk.docs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers in a text, as a pasted log or a docs heading names them: camelCase and PascalCase
 * names ({@code keyMismatch}, {@code NoChannelOrOverride}) and names joined by underscores
 * ({@code download_0}), lower-cased so that they match exactly and nothing else.
 */
final class Identifiers {

    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]*(?:[a-z][A-Z]|[A-Za-z0-9]_[A-Za-z0-9]))[A-Za-z][A-Za-z0-9_]{2,60}(?![A-Za-z0-9_])");

    private Identifiers() {
    }

    /** The identifiers of {@code text}, lower-cased, first seen first, at most {@code max}. */
    static List<String> of(String text, int max) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = IDENTIFIER.matcher(text);
        while (matcher.find() && found.size() < max) {
            found.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(found);
    }

    /** The identifiers as they are written in {@code text} (for "Capgo's docs explain {@code keyMismatch}"). */
    static String asWritten(String text, String identifier) {
        Matcher matcher = IDENTIFIER.matcher(text);
        while (matcher.find()) {
            if (matcher.group().equalsIgnoreCase(identifier)) {
                return matcher.group();
            }
        }
        return identifier;
    }
}
