package app.capgo.supportdesk.base;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app says nothing Capgo's published pages do not support. This is the reviewed list of
 * sentences found in earlier versions that promised more, less or other than the policy (POLICY.md):
 * a translation that brings one back fails here.
 */
class PublishedPromisesTest {

    /** Phrase (lower case) and why it is not ours to say. */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("usually within", "no published answer time for sales"),
            Map.entry("faster", "Premium Support is not published as faster"),
            Map.entry("fastest", "the dashboard is the first channel, not 'the fastest'"),
            Map.entry("dedicated", "Premium Support is not published as dedicated"),
            Map.entry("you get a service credit", "credits are claimed, not given"),
            Map.entry("you get a credit", "credits are claimed, not given"),
            Map.entry("credits are the sole remedy for unavailability", "the sole remedy is for missing the Uptime Commitment"),
            Map.entry("answered within", "targets are for a first response"),
            Map.entry("resolved within", "targets are for a first response"),
            Map.entry("answered around the clock", "targets are for a first response"),
            Map.entry("pay as you go", "the middle column is 'Enterprise'"),
            Map.entry("does not include official support", "billing support is open to trials"),
            Map.entry("99.0", "the commitment is 99.9%"),
            Map.entry("premium support is for team and enterprise", "Premium Support is open to anyone"),
            Map.entry("premium support is offered to team and enterprise", "Premium Support is open to anyone"));

    private static final Map<String, String> FRENCH = Map.ofEntries(
            Map.entry("en général sous", "no published answer time for sales"),
            Map.entry("plus rapide", "Premium Support is not published as faster"),
            Map.entry("dédié", "Premium Support is not published as dedicated"),
            Map.entry("vous obtenez un crédit", "credits are claimed, not given"),
            Map.entry("en cas d’indisponibilité", "the sole remedy is for missing the Uptime Commitment"),
            Map.entry("traitées 24 h/24", "targets are for a first response"),
            Map.entry("à l’usage", "the middle column is 'Enterprise'"),
            Map.entry("n’inclut pas le support officiel", "billing support is open to trials"),
            Map.entry("99,0", "the commitment is 99.9%"),
            Map.entry("réservé aux clients team et enterprise", "Premium Support is open to anyone"),
            Map.entry("proposé aux clients team et enterprise", "Premium Support is open to anyone"),
            // Capgo's own French page's vocabulary.
            Map.entry("page d’état", "Capgo says 'page de statut'"),
            Map.entry("developer", "Capgo says 'Développeur' for the role"),
            Map.entry("des options", "Capgo says 'modules complémentaires' for add-ons"));

    @Test
    void no_english_text_promises_what_the_published_pages_do_not() {
        assertNoPhrase("messages.properties", ENGLISH);
    }

    @Test
    void no_french_text_promises_what_the_published_pages_do_not_and_the_vocabulary_is_capgos() {
        assertNoPhrase("messages_fr.properties", FRENCH);
    }

    private static void assertNoPhrase(String bundle, Map<String, String> phrases) {
        Properties texts = TranslationsTest.load(bundle);
        List<String> found = texts.stringPropertyNames().stream().sorted().flatMap(key -> phrases.entrySet().stream()
                .filter(p -> texts.getProperty(key).toLowerCase(Locale.ROOT).contains(p.getKey()))
                .map(p -> key + " says '" + p.getKey() + "': " + p.getValue())).toList();
        assertThat(found).as("sentences the published policy does not support, in %s", bundle).isEmpty();
    }
}
