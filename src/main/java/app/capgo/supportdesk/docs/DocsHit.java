package app.capgo.supportdesk.docs;

import java.util.Optional;

/**
 * One suggestion: the section's link, its page and heading, an excerpt whose matching words are
 * marked ({@link #MARK_START} ... {@link #MARK_END}), and, when it was found for an identifier the
 * text contains, that identifier as written ("Capgo's docs explain {@code keyMismatch}").
 */
public record DocsHit(String url, String pageTitle, String heading, String excerpt, Optional<String> explains) {

    public static final char MARK_START = '\u0001';
    public static final char MARK_END = '\u0002';
}
