package app.capgo.supportdesk.base.i18n;

import java.time.Duration;

/**
 * The one way the app writes a duration: a length ("45 min", "3 h", "1 h 30") and a wait until
 * something ("in 45 min", "in 1 h 30", beyond two days "in about 3 days"), in the reader's language.
 */
public final class DurationText {

    private static final long MINUTES_PER_DAY = 24 * 60;

    private DurationText() {
    }

    /** "45 min", "3 h", "1 h 30" (whole minutes; nothing below a minute). */
    public static String length(Duration duration, Translator texts) {
        long minutes = Math.max(0, duration.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return texts.get("duration.minutes", rest);
        }
        return rest == 0 ? texts.get("duration.hours", hours)
                : texts.get("duration.hours-minutes", hours, String.format("%02d", rest));
    }

    /** "in 45 min", "in 1 h 30", from two days on "in about 3 days"; a wait already over is "in 0 min". */
    public static String wait(Duration wait, Translator texts) {
        long minutes = Math.max(0, wait.toMinutes());
        if (minutes < 2 * MINUTES_PER_DAY) {
            return texts.get("duration.in", length(Duration.ofMinutes(minutes), texts));
        }
        return texts.get("duration.in-days", Math.round(minutes / (double) MINUTES_PER_DAY));
    }
}
