package app.capgo.supportdesk.base;

import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryStatus;
import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import app.capgo.supportdesk.policy.Channel;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Fix;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.Reading;
import app.capgo.supportdesk.policy.Reason;
import app.capgo.supportdesk.policy.ResponseTarget;
import app.capgo.supportdesk.policy.SelfCheck;
import app.capgo.supportdesk.policy.Severity;
import app.capgo.supportdesk.policy.SeverityAssessment;
import app.capgo.supportdesk.policy.SlaColumn;
import app.capgo.supportdesk.policy.SlaTerms;
import app.capgo.supportdesk.policy.StatusReading;
import app.capgo.supportdesk.sla.CreditCalculation;
import app.capgo.supportdesk.wizard.ReportDraft;
import app.capgo.supportdesk.wizard.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation key built from an enum constant exists in both languages: a new constant
 * without its texts fails here instead of showing {@code !key!} on screen.
 */
class EnumTranslationsTest {

    private final List<String> keys = new ArrayList<>();

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private <E> void each(E[] constants, Function<E, String> key) {
        Arrays.stream(constants).map(key).forEach(keys::add);
    }

    @Test
    void every_key_made_from_an_enum_constant_exists_in_english_and_french() {
        for (Question q : Question.values()) {
            if (q.isAsked()) {
                keys.add("question." + q.id());
                keys.add("question." + q.id() + ".help");
                for (Code c : q.codes()) {
                    keys.add("answer." + q.id() + "." + c.code());
                    keys.add("answer." + q.id() + "." + c.code() + ".hint");
                }
            }
        }
        each(Step.values(), s -> "step." + s.key() + ".title");
        each(StatusReading.values(), s -> "outcome.status." + s.code());
        each(Channel.values(), c -> "outcome.title." + c.code());
        each(Reason.values(), r -> "reason." + r.code());
        each(Reason.values(), r -> "insights.reason." + r.code());
        each(Step.values(), s -> "insights.step." + s.key());
        each(Fix.values(), f -> "fix." + lower(f));
        each(SelfCheck.values(), c -> "outcome.checks." + lower(c));
        each(Reading.values(), r -> "reading." + lower(r));
        each(Severity.values(), s -> "severity." + s.code());
        each(Severity.values(), s -> "sla.severity." + s.code());
        each(Severity.values(), s -> "sla.severity.example." + s.code());
        each(SeverityAssessment.Rule.values(), r -> "severity.rule." + lower(r));
        each(SlaColumn.values(), c -> "sla." + c.code());
        each(ResponseTarget.Unit.values(), u -> "target." + u.code());
        each(ResponseTarget.Unit.values(), u -> "target.short." + u.code());
        each(SlaTerms.Exclusion.values(), e -> "sla.exclusion." + lower(e));
        each(SlaTerms.Definition.values(), d -> "sla.definition." + lower(d));
        each(SlaTerms.CreditCondition.values(), c -> "sla.credit-condition." + lower(c));
        each(CreditCalculation.Mode.values(), m -> "sla.credit.mode." + lower(m));
        each(InquiryPlan.values(), p -> "inquiry.plan." + p.code());
        each(InquiryStatus.values(), s -> "sales.status." + lower(s));
        each(MailDelivery.State.values(), s -> "sales.mail." + lower(s));
        each(MailKind.values(), k -> "sales.mail-kind." + k.key());
        each(ReportDraft.Platform.values(), p -> "draft.platform." + p.key());
        each(ReportDraft.Repository.values(), r -> "draft.repository." + lower(r));
        each(ReportDraft.Item.values(), i -> "draft.item." + i.key());

        for (String bundle : List.of("messages.properties", "messages_fr.properties")) {
            Properties texts = TranslationsTest.load(bundle);
            assertThat(keys).as("keys missing in %s", bundle).allSatisfy(key -> assertThat(texts).containsKey(key));
        }
    }
}
