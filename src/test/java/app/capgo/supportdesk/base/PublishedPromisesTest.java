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
            Map.entry("premium support is offered to team and enterprise", "Premium Support is open to anyone"),
            // The second audit (POLICY.md, 2026-12-01).
            Map.entry("best effort", "the pages publish nothing for Solo and Maker"),
            Map.entry("best-effort", "the pages publish nothing for Solo and Maker"),
            Map.entry("where you want the answer", "the email channel takes only a registered account's address"),
            Map.entry("from any address", "the email channel takes only a registered account's address"),
            Map.entry("maintenance in progress: no ticket", "the pages say nothing of maintenance"),
            Map.entry("will follow up", "nothing is published about how sales answer"),
            Map.entry("sets it up with you", "nothing is published about how sales answer"),
            Map.entry("replies by email", "nothing is published about how sales answer"),
            Map.entry("sales will answer", "nothing is published about how sales answer"),
            Map.entry("sales can tell you", "nothing is published about how sales answer"),
            Map.entry("under-provisioned", "the SLA says 'inappropriately provisioned'"),
            Map.entry("causes outside capgo’s control", "the SLA says 'reasonable' control"),
            Map.entry("your own actions or inactions", "the SLA says 'voluntary' actions or inactions"),
            Map.entry("live customer-facing systems", "Production is 'live customer-facing or business systems'"),
            Map.entry("open to any company with a capacitor app, capgo customer or not:", "the two pages disagree: say so"));

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
            Map.entry("des options", "Capgo says 'modules complémentaires' for add-ons"),
            // The second audit: Capgo's terms (POLICY.md section 9) and the removed promises.
            Map.entry("au mieux", "the pages publish nothing for Solo and Maker"),
            Map.entry("disponibilité effective", "Capgo says 'Disponibilité réelle'"),
            Map.entry("indisponibilité non planifiée", "Capgo says 'Temps d’arrêt non planifié'"),
            Map.entry("élevée", "Capgo's severity is 'Haut'"),
            Map.entry("urgente", "Capgo's severity is 'Urgent'"),
            Map.entry("normale au plus", "Capgo's severity is 'Normal'"),
            Map.entry("heures ouvrées", "Capgo says 'heures d’ouverture'"),
            Map.entry("heure ouvrée", "Capgo says 'heures d’ouverture'"),
            Map.entry("mois civil", "Capgo says 'mois calendaire'"),
            Map.entry("offre", "Capgo says 'plan'"),
            Map.entry("développeur ou plus", "Capgo says 'accès Développeur ou supérieur'"),
            Map.entry("délais cibles de première réponse", "Capgo says 'Temps de réponse initiaux cibles'"),
            Map.entry("d’où vous voulez", "the email channel takes only a registered account's address"),
            Map.entry("le met en place avec vous", "nothing is published about how sales answer"),
            Map.entry("vous répondra", "nothing is published about how sales answer"),
            Map.entry("sous-dimensionn", "the SLA says 'inappropriately provisioned'"),
            Map.entry("maintenance en cours : aucun ticket", "the pages say nothing of maintenance"));

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
