package app.capgo.supportdesk.base;

import app.capgo.supportdesk.base.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Calls that put text in front of the user, with a string literal as their first argument. */
    private static final Pattern VISIBLE_LITERAL = Pattern.compile(
            "(new (Span|Paragraph|H[1-6]|Button|NativeButton|NativeDetails|Anchor|Text|NativeLabel|Div|ListItem|Checkbox|TextField|TextArea|"
                    + "EmailField|NumberField|BigDecimalField|IntegerField|ComboBox|Select|RadioButtonGroup|DatePicker|"
                    + "DateTimePicker|TimePicker|Details|Tab|SideNavItem|RouterLink|MenuItem)"
                    + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setTitle|setErrorMessage|setAriaLabel|"
                    + "setSummaryText|show|setHeaderTitle|setTooltipText|add|primary|secondary|tertiary|setError))"
                    + "\\(\\s*\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern TRANSLATION_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.\\-]+)\"\\s*[,)]");

    static Properties load(String name) {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void english_and_french_have_the_same_keys() {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> french = new TreeSet<>(load("messages_fr.properties").stringPropertyNames());

        assertThat(french).as("keys missing in French").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(french);
    }

    @Test
    void validation_messages_have_the_same_keys_in_both_languages() {
        assertThat(load("ValidationMessages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("ValidationMessages.properties").stringPropertyNames());
    }

    @Test
    void no_translation_is_left_empty() {
        for (String bundle : List.of("messages.properties", "messages_fr.properties")) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(key ->
                    assertThat(p.getProperty(key)).as("%s in %s", key, bundle).isNotBlank());
        }
    }

    @Test
    void no_user_visible_text_is_written_as_a_literal_in_java() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher m = VISIBLE_LITERAL.matcher(source);
            while (m.find()) {
                offenders.add(file.getFileName() + ": " + m.group());
            }
        }
        assertThat(offenders).as("text that bypasses translation").isEmpty();
    }

    @Test
    void every_literal_key_used_in_java_exists_in_the_english_bundle() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> unknown = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = TRANSLATION_KEY.matcher(Files.readString(file));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    unknown.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void the_provider_translates_by_language_and_marks_missing_keys() {
        Messages messages = new Messages();
        assertThat(messages.getTranslation("home.menu", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(messages.getTranslation("home.menu", Locale.CANADA_FRENCH)).isEqualTo("Accueil");
        assertThat(messages.getTranslation("home.menu", Locale.GERMAN)).isEqualTo("Home");
        assertThat(messages.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key!");
    }

    @Test
    void the_detector_catches_a_literal_it_should() {
        assertThat(VISIBLE_LITERAL.matcher("add(new Button(\"Send\"));").find()).isTrue();
        assertThat(VISIBLE_LITERAL.matcher("field.setLabel(\"Name\");").find()).isTrue();
        assertThat(VISIBLE_LITERAL.matcher("new Button(getTranslation(\"send\"))").find()).isFalse();
        assertThat(VISIBLE_LITERAL.matcher("setId(\"topic\")").find()).isFalse();
    }
}
