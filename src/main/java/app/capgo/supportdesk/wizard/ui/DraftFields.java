package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.ui.StaticHtml;
import app.capgo.supportdesk.policy.ReportKind;
import app.capgo.supportdesk.wizard.ReportDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The draft's checklist fields: for each its label, the browser's own field and its help line, sent
 * frozen ({@link StaticHtml}): no server-side node or value listener per field. One listener hears
 * the customer type in any of them, at most once per pause while typing goes on and once more when
 * it stops, and receives every field's value at once. The server writes the fields once, with what
 * the session kept; from then on what is typed lives in the browser and reaches the server.
 */
@Tag("div")
final class DraftFields extends Component {

    /** How long typing pauses before the draft is composed again. */
    static final int PAUSE_MILLIS = 400;

    /** A field of the checklist: its element id, its texts' key, and what kind of field it is. */
    enum Field {
        DESCRIPTION("draft-description", "description", Kind.TEXT),
        ERROR_MESSAGE("draft-error", "error-message", Kind.TEXT),
        CODE_SNIPPET("draft-code", "code-snippet", Kind.TEXT),
        STEPS("draft-steps", "steps", Kind.TEXT),
        PLATFORM("draft-platform", "platform", Kind.CHOICE),
        CAPACITOR_VERSION("draft-capacitor", "capacitor-version", Kind.LINE),
        PLUGIN_VERSIONS("draft-plugins", "plugin-versions", Kind.LINE),
        APP_ID("draft-appid", "app-id", Kind.LINE),
        REPOSITORY("draft-repository", "repository", Kind.CHOICE);

        private final String id;
        private final String key;
        private final Kind kind;

        Field(String id, String key, Kind kind) {
            this.id = id;
            this.key = key;
            this.kind = kind;
        }

        String id() {
            return id;
        }

        /** What the browser sends of this field with each input event. */
        String expression() {
            return "element.querySelector('#" + id + "')." + (kind == Kind.CHOICE ? "selectedIndex" : "value");
        }
    }

    private enum Kind { TEXT, LINE, CHOICE }

    private final List<Field> shown;
    private ReportDraft values;
    private Consumer<ReportDraft> changed = draft -> { };

    /** The fields of a draft of {@code kind} (the repository only for a public post), showing {@code initial}. */
    DraftFields(ReportKind kind, ReportDraft initial) {
        this.shown = Stream.of(Field.values()).filter(f -> f != Field.REPOSITORY || kind == ReportKind.PUBLIC_POST).toList();
        this.values = initial;
        setId("draft-fields");
        getElement().setAttribute("class", "draft-fields");
        DomListenerRegistration typing = getElement().addEventListener("input", event -> {
            values = read(event.getEventData());
            changed.accept(values);
        });
        shown.forEach(field -> typing.addEventData(field.expression()));
        typing.debounce(PAUSE_MILLIS, DebouncePhase.LEADING, DebouncePhase.INTERMEDIATE, DebouncePhase.TRAILING);
        render();
    }

    /** Calls {@code listener} with the report each time the customer changes it. */
    void onChange(Consumer<ReportDraft> listener) {
        changed = listener;
    }

    /** The report as the fields hold it. */
    ReportDraft value() {
        return values;
    }

    /** Starts the description with {@code text}, unless the customer wrote one (before the fields are shown). */
    void describe(String text) {
        if (values.description().isBlank()) {
            values = new ReportDraft(text, values.errorMessage(), values.codeSnippet(), values.steps(), values.platform(),
                    values.capacitorVersion(), values.pluginVersions(), values.appId(), values.repository());
            render();
        }
    }

    private void render() {
        StaticHtml.fill(this, shown.stream().map(this::field).toArray(Element[]::new));
    }

    /** The browser's values: each text clipped by the report itself, a choice out of range taken as none. */
    private ReportDraft read(JsonNode data) {
        ReportDraft.Platform[] platforms = ReportDraft.Platform.values();
        ReportDraft.Repository[] repositories = ReportDraft.Repository.values();
        int platform = data.path(Field.PLATFORM.expression()).asInt(-1);
        int repository = data.path(Field.REPOSITORY.expression()).asInt(-1);
        return new ReportDraft(text(data, Field.DESCRIPTION), text(data, Field.ERROR_MESSAGE),
                text(data, Field.CODE_SNIPPET), text(data, Field.STEPS),
                platform >= 0 && platform < platforms.length ? platforms[platform] : ReportDraft.Platform.UNSPECIFIED,
                text(data, Field.CAPACITOR_VERSION), text(data, Field.PLUGIN_VERSIONS), text(data, Field.APP_ID),
                repository >= 0 && repository < repositories.length ? repositories[repository] : values.repository());
    }

    private static String text(JsonNode data, Field field) {
        JsonNode value = data.path(field.expression());
        return value.isString() ? value.asString() : "";
    }

    /** A field with its label above and its help below, tied to it for assistive technology. */
    private Element field(Field field) {
        Element label = new Element("label");
        label.setAttribute("for", field.id);
        label.setAttribute("class", "field-label");
        label.setText(getTranslation(field == Field.REPOSITORY ? "draft.repository" : "draft.item." + field.key));
        Element input = switch (field.kind) {
            case TEXT -> {
                Element area = new Element("textarea");
                area.setAttribute("maxlength", String.valueOf(ReportDraft.MAX_FIELD));
                area.setAttribute("rows", "3");
                area.setText(textOf(field));
                yield area;
            }
            case LINE -> {
                Element line = new Element("input");
                line.setAttribute("type", "text");
                line.setAttribute("maxlength", String.valueOf(ReportDraft.MAX_SHORT_FIELD));
                line.setAttribute("value", textOf(field));
                yield line;
            }
            case CHOICE -> choices(field);
        };
        input.setAttribute("id", field.id);
        input.setAttribute("class", "field-input");
        Element wrapper = new Element("div");
        wrapper.setAttribute("class", "labelled-field");
        wrapper.appendChild(label, input);
        String help = help(field);
        if (help != null) {
            input.setAttribute("aria-describedby", field.id + "-help");
            Element line = new Element("p");
            line.setAttribute("id", field.id + "-help");
            line.setAttribute("class", "field-help");
            line.setText(help);
            wrapper.appendChild(line);
        }
        return wrapper;
    }

    private @Nullable String help(Field field) {
        return switch (field) {
            case PLATFORM -> null;
            case REPOSITORY -> getTranslation("draft.repository.help");
            default -> getTranslation("draft.hint." + field.key);
        };
    }

    /** The text of a text field as the fields hold it. */
    String textOf(Field field) {
        return switch (field) {
            case DESCRIPTION -> values.description();
            case ERROR_MESSAGE -> values.errorMessage();
            case CODE_SNIPPET -> values.codeSnippet();
            case STEPS -> values.steps();
            case CAPACITOR_VERSION -> values.capacitorVersion();
            case PLUGIN_VERSIONS -> values.pluginVersions();
            case APP_ID -> values.appId();
            case PLATFORM, REPOSITORY -> throw new IllegalArgumentException(field + " is a choice");
        };
    }

    private Element choices(Field field) {
        Element select = new Element("select");
        boolean platform = field == Field.PLATFORM;
        Enum<?>[] items = platform ? ReportDraft.Platform.values() : ReportDraft.Repository.values();
        Enum<?> chosen = platform ? values.platform() : values.repository();
        for (Enum<?> item : items) {
            Element option = new Element("option");
            option.setAttribute("value", String.valueOf(item.ordinal()));
            option.setText(getTranslation(item instanceof ReportDraft.Platform p ? "draft.platform." + p.key()
                    : "draft.repository." + item.name().toLowerCase(Locale.ROOT)));
            option.setAttribute("selected", item == chosen);
            select.appendChild(option);
        }
        return select;
    }
}
