package app.capgo.supportdesk.base;

import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.Topic;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PremiumLinkTest {

    private static PremiumLink read(String href) {
        return PremiumLink.parse(QueryParameters.fromString(href.substring(href.indexOf('?') + 1)).getParameters());
    }

    @Test
    void the_link_a_verdict_builds_is_read_back_by_the_form_as_the_same_answers() {
        PremiumLink link = new PremiumLink(Optional.of(Plan.TEAM), Optional.of(Topic.APP_DEBUGGING), Optional.of(Locale.FRENCH));
        assertThat(link.href()).isEqualTo("premium?plan=team&topic=app-debugging&lang=fr");
        assertThat(read(link.href())).isEqualTo(link);
        assertThat(link.kind()).isEqualTo(PremiumLink.Kind.PREMIUM);
    }

    @Test
    void an_sla_credit_question_asks_about_enterprise_and_unknown_values_are_left_out() {
        PremiumLink link = read("premium?plan=gold&topic=sla-credit&lang=xx");
        assertThat(link.plan()).isEmpty();
        assertThat(link.language()).isEmpty();
        assertThat(link.kind()).isEqualTo(PremiumLink.Kind.ENTERPRISE);
        assertThat(link.kind().textSuffix()).isEqualTo(".enterprise");
        assertThat(new PremiumLink(Optional.empty(), Optional.empty(), Optional.empty()).href()).isEqualTo("premium");
    }
}
