package app.capgo.supportdesk.wizard;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The customer's report, following the checklist of the policy: a precise description, the exact
 * error message, a code snippet and the steps to reproduce, plus the useful extras.
 */
public record ReportDraft(String description, String errorMessage, String codeSnippet, String steps,
                          Platform platform, String capacitorVersion, String pluginVersions, String appId,
                          Repository repository) {

    /** The longest text a field keeps (the drafts are cut to fit URLs anyway). */
    public static final int MAX_FIELD = 4000;
    /** The longest version or id field. */
    public static final int MAX_SHORT_FIELD = 200;

    public static final ReportDraft EMPTY = new ReportDraft("", "", "", "", Platform.UNSPECIFIED, "", "", "",
            Repository.UPDATER);

    /** Where the problem shows. */
    public enum Platform {
        UNSPECIFIED, IOS, ANDROID, WEB, SEVERAL;

        /** The key of its label: {@code draft.platform.<key>}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The Cap-go repository whose issues fit the problem. */
    public enum Repository {
        UPDATER("capacitor-updater"), CLI("CLI"), CONSOLE("capgo");

        private final String path;

        Repository(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** The checklist items, in the policy's order: the four it asks for first, then four useful extras. */
    public enum Item {
        DESCRIPTION(d -> !d.description().isBlank()),
        ERROR_MESSAGE(d -> !d.errorMessage().isBlank()),
        CODE_SNIPPET(d -> !d.codeSnippet().isBlank()),
        STEPS(d -> !d.steps().isBlank()),
        PLATFORM(d -> d.platform() != Platform.UNSPECIFIED),
        CAPACITOR_VERSION(d -> !d.capacitorVersion().isBlank()),
        PLUGIN_VERSIONS(d -> !d.pluginVersions().isBlank()),
        APP_ID(d -> !d.appId().isBlank());

        private final Predicate<ReportDraft> filled;

        Item(Predicate<ReportDraft> filled) {
            this.filled = filled;
        }

        public boolean filledIn(ReportDraft draft) {
            return filled.test(draft);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ReportDraft {
        description = clip(description, MAX_FIELD);
        errorMessage = clip(errorMessage, MAX_FIELD);
        codeSnippet = clip(codeSnippet, MAX_FIELD);
        steps = clip(steps, MAX_FIELD);
        capacitorVersion = oneLine(clip(capacitorVersion, MAX_SHORT_FIELD));
        pluginVersions = clip(pluginVersions, MAX_FIELD);
        appId = oneLine(clip(appId, MAX_SHORT_FIELD));
    }

    /** The checklist items still empty, required ones first. */
    public List<Item> missing() {
        return java.util.Arrays.stream(Item.values()).filter(i -> !i.filledIn(this)).toList();
    }

    /** How many of the eight items are filled in. */
    public int filledCount() {
        return Item.values().length - missing().size();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
