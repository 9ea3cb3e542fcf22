package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.policy.Question;

import app.capgo.supportdesk.wizard.Step;
import app.capgo.supportdesk.wizard.StatusServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import app.capgo.supportdesk.base.ui.ChoiceGroup;
import app.capgo.supportdesk.base.ui.NativeTextArea;
import app.capgo.supportdesk.base.ui.NativeSelect;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeout;

@SpringBootTest
@Import(FixedClockConfiguration.class)
class SupportFlowTest extends SpringBrowserlessTest {

    static final StatusServer STATUS = new StatusServer();

    @DynamicPropertySource
    static void statusFeed(DynamicPropertyRegistry registry) {
        STATUS.feed(registry);
    }

    @AfterAll
    static void stopStatus() {
        STATUS.close();
    }

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        STATUS.answer(StatusServer.indicator("none"));
    }

    private void open(String query) {
        navigate(query);
        awaitStatusCheck();
    }

    private void navigate(String query) {
        UI.getCurrent().navigate("support", com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    /** Lets the background status read arrive (as the browser's polling would). */
    private void awaitStatusCheck() {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            roundTrip();
            return find(Div.class).withId("status-checking").all().isEmpty();
        });
    }

    private Optional<Div> outcome() {
        return find(Div.class).withId("support-outcome").all().stream().findFirst();
    }

    private String attribute(String name) {
        return outcome().orElseThrow().getElement().getAttribute(name);
    }

    /** Chooses the option of group {@code id} whose code (an answer's, or a card's value) is {@code code}. */
    @SuppressWarnings("unchecked")
    private void choose(String id, String code) {
        ChoiceGroup<Object> group = find(ChoiceGroup.class).id(id);
        Object item = group.getItems().stream().filter(i -> codeOf(i).equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " offers no " + code));
        group.setValue(item);
    }

    private ChoiceGroup<?> group(String id) {
        return find(ChoiceGroup.class).id(id);
    }

    /** The code of the option chosen in group {@code id}, or null. */
    private String chosen(String id) {
        Object value = find(ChoiceGroup.class).id(id).getValue();
        return value == null ? null : codeOf(value);
    }

    private static String codeOf(Object item) {
        return item instanceof app.capgo.supportdesk.policy.Code answer ? answer.code() : ((Step.Choice) item).value();
    }

    private boolean asked(String id) {
        return find(ChoiceGroup.class).withId(id).all().stream().anyMatch(g -> g.isVisible());
    }

    private void next() {
        test(find(NativeButton.class).id("next")).click();
    }

    /**
     * Answers whatever step is shown from {@code answers}, clicking Next, until the verdict: a step's
     * card when one gives exactly some of these answers ("Team", "Down in production", "Yes, both"),
     * else its "one by one" card, else each question.
     */
    private List<String> clickThrough(Map<String, String> answers) {
        List<String> asked = new java.util.ArrayList<>();
        for (int guard = 0; guard < 8 && outcome().isEmpty(); guard++) {
            for (int pass = 0; pass < 2; pass++) {
                for (ChoiceGroup<?> g : find(ChoiceGroup.class).all()) {
                    String id = g.getId().orElseThrow();
                    if (!g.isVisible() || g.getValue() != null) {
                        continue;
                    }
                    Optional<Step> carded = java.util.Arrays.stream(Step.values())
                            .filter(s -> !s.choices().isEmpty() && s.choicesId().equals(id)).findFirst();
                    if (carded.isPresent() && answers.containsKey(id) && !"contact".equals(id)
                            && carded.get().choices().stream().noneMatch(c -> c.isIn(linked(answers)))) {
                        // A card narrowed to its first answer (the plan of an SLA credit question).
                        choose(id, answers.get(id));
                        asked.add(id);
                    } else if (carded.isPresent()) {
                        Step.Choice card = carded.get().choices().stream()
                                .filter(c -> !c.answers().isEmpty() && c.answers().stream()
                                        .allMatch(a -> a.code().equals(answers.get(Question.of(a).id()))))
                                .findFirst()
                                .orElseGet(() -> carded.get().choices().stream().filter(c -> c.answers().isEmpty()).findFirst().orElseThrow());
                        choose(id, card.value());
                        card.answers().forEach(a -> asked.add(Question.of(a).id()));
                    } else {
                        choose(id, answers.get(id));
                        asked.add(id);
                    }
                }
            }
            next();
        }
        return asked;
    }

    private static app.capgo.supportdesk.policy.Answers linked(Map<String, String> answers) {
        return app.capgo.supportdesk.wizard.DeepLink.parse(answers.entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))).answers();
    }

    private static Map<String, String> answers(String query) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            result.put(kv[0], kv[1]);
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "topic=billing | official | billing-open-to-all | | |",
            "topic=app-debugging | community | not-covered | | |",
            "topic=code-rewrite | community | not-covered | | |",
            "topic=third-party | community | not-covered | | |",
            "topic=setup&plan=none | community | no-paid-plan | | |",
            "topic=setup&plan=trial&addons=no | community | no-paid-plan | | |",
            "topic=troubleshooting&plan=maker&email=other&access=developer | community | unregistered-email | | |",
            "topic=troubleshooting&plan=team&tier=standard&email=registered&access=lower | community | insufficient-access | | |",
            "topic=premium | sales | premium-eligible | | |",
            "topic=sla-credit&plan=enterprise | sla-claim | sla-claim-eligible | | |",
            "topic=sla-credit&plan=maker | sales | sla-enterprise-only | | |",
            "topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=all-down&env=production | official | in-scope | urgent | team | 2026-11-28T16:30:00Z",
            "topic=troubleshooting&plan=team&email=registered&access=developer&tier=priority-plus&impact=major&env=production | official | in-scope | high | priority-plus | 2026-11-27T18:30:00Z",
            "topic=setup&plan=enterprise&tier=standard&email=registered&access=developer&impact=major&env=production | official | in-scope | high | enterprise | 2026-11-30T06:30:00Z",
            "topic=setup&plan=enterprise&tier=priority-plus&email=registered&access=developer&impact=all-down&env=non-production | official | in-scope | normal | priority-plus | 2026-11-28T04:30:00Z",
            "topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=component | official | in-scope | normal | team | 2026-11-30T16:30:00Z",
            "topic=setup&plan=solo&email=registered&access=developer&impact=info | official | in-scope | low | none |",
            "topic=setup&plan=trial&addons=yes&email=registered&access=developer&impact=component | official | in-scope | normal | none |",
    })
    void a_deep_link_with_every_answer_opens_the_verdict_and_clicking_reaches_the_same(String query, String channel,
            String reason, String severity, String sla, String deadline) {
        open(query + "&tz=Europe/Paris");
        assertOutcome(channel, reason, severity, sla, deadline);

        open("tz=Europe/Paris");
        List<String> asked = clickThrough(answers(query));
        assertOutcome(channel, reason, severity, sla, deadline);
        assertThat(asked).containsExactlyInAnyOrderElementsOf(answers(query).keySet());
        Map<String, List<String>> url = UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters();
        answers(query).forEach((k, v) -> assertThat(url.get(k)).containsExactly(v));
    }

    /** All the verdict says: its live components' text and its frozen parts'. */
    private String verdictText() {
        return outcome().orElseThrow().getElement().getTextRecursively() + " "
                + app.capgo.supportdesk.base.ui.Frozen.page(find(app.capgo.supportdesk.base.ui.StaticHtml.class).all()).text();
    }

    /** An element of the verdict's frozen parts, as the browser receives it. */
    private org.jsoup.nodes.Element frozen(String id) {
        return app.capgo.supportdesk.base.ui.Frozen.element(find(app.capgo.supportdesk.base.ui.StaticHtml.class).all(), id);
    }

    private void assertOutcome(String channel, String reason, String severity, String sla, String deadline) {
        assertThat(outcome()).isPresent();
        assertThat(attribute("data-channel")).isEqualTo(channel);
        assertThat(attribute("data-reason")).isEqualTo(reason);
        assertThat(attribute("data-severity")).isEqualTo(severity);
        assertThat(attribute("data-sla")).isEqualTo(sla);
        assertThat(attribute("data-deadline")).isEqualTo(deadline);
    }

    @Test
    void the_recap_is_sent_frozen_and_its_pressed_answer_goes_back_to_that_question() {
        open("topic=troubleshooting&plan=team&tier=standard&email=registered&access=developer&impact=all-down&env=production");
        Div recap = find(Div.class).id("recap");
        assertThat(recap.getElement().getChildCount()).as("no server-side node per answer").isZero();
        org.jsoup.nodes.Element plan = org.jsoup.Jsoup.parseBodyFragment(recap.getElement().getProperty("innerHTML", ""))
                .getElementById("recap-plan");
        assertThat(plan.tagName()).isEqualTo("button");
        assertThat(plan.text()).isEqualTo("Team");
        assertThat(plan.attr("title")).isEqualTo("Change: Your plan");

        press(recap, "nonsense"); // a forged click names no answer: nothing happens
        assertThat(outcome()).isPresent();
        press(recap, "plan");

        Map<String, List<String>> url = UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters();
        assertThat(url).containsEntry("topic", List.of("troubleshooting")).doesNotContainKeys("plan", "impact", "env");
        assertThat(asked("plan")).isTrue();
    }

    @Test
    void the_draft_fields_are_sent_frozen_and_an_oversized_text_from_the_browser_is_clipped() {
        open("topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=component");
        DraftFields fields = find(DraftFields.class).single();
        assertThat(fields.getElement().getChildCount()).as("no server-side node per field").isZero();
        var html = org.jsoup.Jsoup.parseBodyFragment(fields.getElement().getProperty("innerHTML", ""));
        assertThat(html.getElementById("draft-description").attr("maxlength")).isEqualTo("4000");
        assertThat(html.getElementById("draft-description").attr("aria-describedby")).isEqualTo("draft-description-help");
        assertThat(html.getElementById("draft-description-help").text()).isEqualTo("What you expected, what happened instead, since when.");
        assertThat(html.select("label[for=draft-platform]").text()).isEqualTo("Platform");
        assertThat(html.select("#draft-platform option[selected]").text()).isEqualTo("Not said");
        assertThat(html.getElementById("draft-repository")).as("an email has no repository to choose").isNull();

        type("draft-description", "<b>x</b>".repeat(1000));

        assertThat(fields.value().description()).hasSize(4000);
        assertThat(find(com.vaadin.flow.component.html.Pre.class).id("draft-preview").getText()).contains("<b>x</b>");
        assertThat(attribute("data-channel")).isEqualTo("official");
    }

    /** Types {@code text} in the draft's field {@code id}, as the browser reports it: every field's value at once. */
    private void type(String id, String text) {
        DraftFields fields = find(DraftFields.class).single();
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (DraftFields.Field field : DraftFields.Field.values()) {
            switch (field) {
                case PLATFORM -> data.put(field.expression(), fields.value().platform().ordinal());
                case REPOSITORY -> data.put(field.expression(), fields.value().repository().ordinal());
                default -> data.put(field.expression(), field.id().equals(id) ? text : fields.textOf(field));
            }
        }
        fields.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(fields.getElement(), "input", data));
        roundTrip();
    }

    /** What the draft's field {@code id} shows when the fields are sent. */
    private String shown(String id) {
        return org.jsoup.Jsoup.parseBodyFragment(find(DraftFields.class).single().getElement().getProperty("innerHTML", ""))
                .getElementById(id).text();
    }

    /** A click on the recap's button for {@code question}, as the browser reports it. */
    private void press(Div recap, String question) {
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("!!event.target.closest('[data-question]')", true) // the listener's filter, as evaluated by the browser
                .put("event.target.closest('[data-question]').dataset.question", question);
        recap.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(recap.getElement(), "click", data));
        roundTrip();
    }

    @Test
    void in_french_a_deadline_in_utc_says_heure_utc() {
        open("topic=setup&plan=enterprise&tier=standard&email=registered&access=developer&impact=major"
                + "&env=production&tz=UTC&lang=fr");
        assertThat(frozen("outcome-deadline").text()).contains("(heure UTC)").doesNotContain("heure de UTC");
    }

    @Test
    void the_verdict_shows_severity_with_why_target_and_deadline_in_the_customers_zone() {
        open("topic=setup&plan=enterprise&tier=standard&email=registered&access=developer&impact=major"
                + "&env=production&tz=Europe/Paris");
        assertThat(frozen("outcome-severity").text())
                .isEqualTo("Severity: High. Why: production, major functionality impacted and significant performance degradation.");
        assertThat(frozen("outcome-target").text())
                .isEqualTo("Target for a first response (not a resolution), Enterprise: 2 business hours, Monday to Friday 06:00-18:00.");
        assertThat(frozen("outcome-deadline").ownText())
                .isEqualTo("First response due by Monday 30 November at 07:30 (Paris time).");
    }

    @Test
    void each_reading_is_one_line_beside_the_figure_it_changes_and_the_foot_names_the_sources() {
        open("topic=troubleshooting&plan=team&tier=standard&email=registered&access=developer&impact=all-down"
                + "&env=production&tz=Europe/Paris&lang=en");
        var block = frozen("outcome-severity").parent();
        List<String> order = block.children().stream().map(c -> c.id().isEmpty() ? c.attr("data-reading") : c.id())
                .filter(id -> !id.isEmpty()).toList();
        assertThat(order).startsWith("outcome-severity", "partial_outage_example", "outcome-target",
                "deadline_from_submission");
        assertThat(block.select("[data-reading=deadline_from_submission]").text())
                .isEqualTo("How we count: The deadline runs from the moment the request is submitted.");
        assertThat(frozen("outcome-how-we-count").text()).contains("Source:").doesNotContain("partial system outage");
    }

    @Test
    void fixable_conditions_say_exactly_what_to_do() {
        open("topic=setup&plan=team&email=other&access=lower");
        assertThat(frozen("outcome-fixes").children().eachText())
                .containsExactly("Write from the email address of your registered Capgo account.",
                        "Ask your organisation’s admin for Developer (or higher) access to the project.");
    }

    @Test
    void a_partial_link_asks_the_next_needed_step() {
        open("topic=setup&plan=team");
        assertThat(outcome()).isEmpty();
        assertThat(asked("contact")).isTrue();
        assertThat(asked("email")).isFalse();
        choose("contact", "no");
        assertThat(asked("email")).isTrue();
        assertThat(asked("access")).isTrue();
        assertThat(asked("plan")).isFalse();
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("Step 3 of about 4");
    }

    @Test
    void malformed_and_unknown_values_ask_their_step_instead_of_failing() {
        open("topic=nonsense&plan=team&utm_campaign=x&tz=Not/AZone&lang=xx");
        assertThat(asked("topic")).isTrue();
        assertThat(find(H2.class).single().getText()).isEqualTo("What do you need?");
    }

    @Test
    void billing_asks_no_plan_and_no_role() {
        open("");
        choose("topic", "billing");
        next();
        assertThat(attribute("data-reason")).isEqualTo("billing-open-to-all");
    }

    @Test
    void next_without_an_answer_explains_what_is_missing() {
        open("");
        next();
        assertThat(group("topic").isInvalid()).isTrue();
        assertThat(group("topic").getErrorMessage()).isEqualTo("Please choose one answer.");
        assertThat(outcome()).isEmpty();
    }

    @Test
    void a_trial_asks_about_add_ons_and_a_severe_impact_from_a_link_asks_about_production() {
        open("topic=setup");
        choose("plan", "trial");
        assertThat(asked("addons")).isTrue();
        choose("plan", "maker");
        assertThat(asked("addons")).isFalse();
        // The impact cards say whether production is concerned: no separate question.
        open("topic=setup&plan=maker&email=registered&access=developer");
        choose("impact", "production-down");
        assertThat(asked("env")).isFalse();
        // A link that names a severe impact but not the environment asks it.
        open("topic=setup&plan=maker&email=registered&access=developer&impact=all-down");
        assertThat(asked("env")).isTrue();
        assertThat(chosen("impact")).isEqualTo("all-down");
    }

    @Test
    void one_tap_on_team_answers_the_plan_and_the_tier_and_the_impact_card_the_environment() {
        open("topic=troubleshooting&tz=Europe/Paris");
        assertThat(group("plan").getLabel()).isEqualTo("Your plan");
        choose("plan", "team");
        next();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("plan", List.of("team")).containsEntry("tier", List.of("standard"));
        assertThat(group("contact").getLabel()).startsWith("Will you write from your Capgo account’s email");
        choose("contact", "yes");
        next();
        assertThat(group("impact").getLabel()).isEqualTo("What does the problem do?");
        choose("impact", "production-down");
        next();
        assertThat(attribute("data-severity")).isEqualTo("urgent");
        assertThat(attribute("data-sla")).isEqualTo("team");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("impact", List.of("all-down")).containsEntry("env", List.of("production"));
    }

    @Test
    void a_link_naming_team_without_the_tier_asks_it_after_the_impact_and_enterprise_urgent_does_not() {
        open("topic=troubleshooting&plan=team&email=registered&access=developer&impact=all-down&env=production");
        assertThat(outcome()).isEmpty();
        assertThat(asked("tier")).isTrue();
        open("topic=troubleshooting&plan=enterprise&email=registered&access=developer&impact=all-down&env=production");
        assertThat(attribute("data-sla")).isEqualTo("enterprise");
        assertThat(attribute("data-severity")).isEqualTo("urgent");
    }

    @Test
    void back_returns_to_the_previous_step_with_its_answer_kept() {
        open("topic=troubleshooting&plan=team&email=registered&access=developer&tier=priority-plus&impact=component&tz=Europe/Paris");
        test(find(NativeButton.class).id("back")).click();
        assertThat(outcome()).isEmpty();
        assertThat(chosen("impact")).isEqualTo("component");
        test(find(NativeButton.class).id("back")).click();
        assertThat(chosen("contact")).isEqualTo("yes");
        assertThat(asked("email")).isFalse();
        test(find(NativeButton.class).id("back")).click();
        assertThat(chosen("plan")).isEqualTo("team-priority-plus");
    }

    @Test
    void what_the_customer_typed_survives_back_and_a_language_switch() {
        open("topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=component&tz=Europe/Paris&lang=en");
        type("draft-description", "Bundle 42 never installs");
        test(find(NativeButton.class).id("back")).click();
        next();
        assertThat(shown("draft-description")).isEqualTo("Bundle 42 never installs");

        @SuppressWarnings("unchecked")
        NativeSelect<Locale> language = find(NativeSelect.class).id("language");
        language.setValue(Locale.FRENCH);
        assertThat(frozen("outcome-card-title").text()).isEqualTo("Utilisez le support officiel de Capgo");
        assertThat(shown("draft-description")).isEqualTo("Bundle 42 never installs");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters().get("lang"))
                .containsExactly("fr");
    }

    @Test
    void the_flow_speaks_french_from_a_french_link() {
        open("topic=premium&plan=maker&lang=fr");
        assertThat(frozen("outcome-card-title").text()).isEqualTo("Contactez l’équipe commerciale de Capgo");
        assertThat(attribute("data-reason")).isEqualTo("premium-eligible");
        assertThat(frozen("channel-sales").attr("href")).isEqualTo("premium?plan=maker&topic=premium&lang=fr");
    }

    @Test
    void the_draft_shows_what_will_be_sent_as_it_is_typed() {
        open("topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=component&tz=Europe/Paris");
        var preview = find(com.vaadin.flow.component.html.Pre.class).id("draft-preview");
        assertThat(preview.getText()).doesNotContain("Updates stopped");
        type("draft-description", "Updates stopped");
        type("draft-error", "E_CHECKSUM <script>");
        assertThat(preview.getText()).contains("Updates stopped").contains("E_CHECKSUM <script>");
        open("topic=app-debugging&plan=solo");
        type("draft-description", "My token is ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        // The public draft's preview is what GitHub and Discord would receive: the secret is not in it.
        assertThat(find(com.vaadin.flow.component.html.Pre.class).id("draft-preview").getText())
                .contains("My token is").doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    }

    @Test
    void the_draft_composes_an_email_link_with_the_checklist() {
        open("topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=component&tz=Europe/Paris");
        type("draft-description", "Updates stopped");
        type("draft-error", "E_CHECKSUM <script>");
        String href = find(com.vaadin.flow.component.html.Anchor.class).id("draft-mailto").getHref();
        assertThat(href).startsWith("mailto:support@capgo.app?subject=").contains("Updates%20stopped")
                .contains("E_CHECKSUM%20%3Cscript%3E");
        assertThat(find(Div.class).id("draft").getElement().getAttribute("data-filled")).isEqualTo("2");
    }

    @Test
    void an_ongoing_incident_ends_on_the_status_page() {
        STATUS.answer(StatusServer.indicator("major"));
        open("topic=outage");
        assertThat(attribute("data-channel")).isEqualTo("status");
        assertThat(attribute("data-reason")).isEqualTo("platform-incident");
    }

    @Test
    void maintenance_shows_the_status_page_first_and_lets_the_customer_go_on_as_troubleshooting() {
        STATUS.answer(StatusServer.indicator("maintenance"));
        open("topic=outage&plan=team");
        assertThat(attribute("data-channel")).isEqualTo("status");
        assertThat(attribute("data-reason")).isEqualTo("platform-maintenance");
        String text = verdictText();
        assertThat(text).contains("Maintenance is in progress").doesNotContain("no ticket");
        assertThat(frozen("channel-status").attr("href")).isEqualTo("https://status.capgo.app");

        test(find(NativeButton.class).id("outcome-go-on")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("topic", List.of("troubleshooting")).containsEntry("plan", List.of("team"));
        assertThat(outcome()).isEmpty();
        assertThat(asked("contact")).as("the flow goes on with the contact question").isTrue();
        STATUS.answer(StatusServer.indicator("none"));
    }

    @Test
    void capgos_own_feed_form_is_read_and_its_uptime_is_shown_on_the_outage_verdict() {
        STATUS.answer(new StatusServer.Answer.Json("{\"indicator\":\"down\",\"uptime\":\"99.42%\"}"));
        open("topic=outage");
        assertThat(attribute("data-reason")).isEqualTo("platform-incident");
        assertThat(frozen("outcome-status").text())
                .isEqualTo("The status page reports an incident.");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("outcome-status-uptime").getText())
                .isEqualTo("status.capgo.app reports 99.42 % uptime.");

        STATUS.answer(new StatusServer.Answer.Json("{\"indicator\":\"up\",\"uptime\":\"N/A\"}"));
        open("topic=outage&plan=maker&email=registered&access=developer&impact=major&env=production");
        assertThat(attribute("data-reason")).isEqualTo("in-scope");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("outcome-status-uptime").all()).isEmpty();
        assertThat(frozen("outcome-status").text())
                .startsWith("The status page shows no incident");
        STATUS.answer(StatusServer.indicator("none"));
    }

    @Test
    void the_outage_path_says_what_users_see_while_capgo_is_down() {
        open("topic=outage&plan=maker&email=registered&access=developer&impact=major&env=production");
        assertThat(frozen("outcome-users-see").text()).contains("Background update mode: usually nothing.")
                .contains("5xx").contains("waits up to 3 seconds, cancels, and starts the app normally");
    }

    @Test
    void billing_points_people_without_an_account_to_the_website_help_and_email_only_from_an_account() {
        open("topic=billing");
        assertThat(frozen("channel-website").attr("href")).isEqualTo("https://capgo.app");
        assertThat(frozen("channel-website").text()).isEqualTo("Open capgo.app");
        String text = verdictText();
        assertThat(text).contains("The help feature on capgo.app, open to everyone, with or without a Capgo account")
                .contains("from your account’s address").doesNotContain("where you want the answer");
        // The primary button in the result card opens the website's help, not the dashboard's sign-in.
        assertThat(frozen("channel-website").classNames()).contains("outcome-primary");
    }

    @Test
    void billing_for_someone_without_an_account_offers_the_website_help_alone() {
        open("topic=billing&plan=none");
        assertThat(frozen("channel-website").classNames()).contains("outcome-primary");
        assertThat(app.capgo.supportdesk.base.ui.Frozen.page(find(app.capgo.supportdesk.base.ui.StaticHtml.class).all())
                .getElementById("channel-dashboard")).isNull();
        assertThat(verdictText()).doesNotContain("support@capgo.app");
    }

    @Test
    void a_plan_without_a_published_target_says_so_and_never_best_effort() {
        open("topic=setup&plan=solo&email=registered&access=developer&impact=component");
        assertThat(frozen("outcome-target").text())
                .isEqualTo("Capgo publishes no response target for this plan.");
    }

    @Test
    void an_operational_status_goes_on_as_troubleshooting() {
        STATUS.answer(StatusServer.indicator("none"));
        open("topic=outage");
        assertThat(asked("plan")).isTrue();
    }

    @Test
    void an_unreadable_status_links_the_status_page_and_goes_on_as_troubleshooting() {
        STATUS.answer(new StatusServer.Answer.Status(500));
        open("topic=outage&plan=maker&email=registered&access=developer&impact=major&env=production");
        assertThat(attribute("data-reason")).isEqualTo("in-scope");
        var note = frozen("outcome-status");
        assertThat(note.text()).startsWith("We could not read the status page");
        assertThat(note.classNames()).contains("warning-note");
        assertThat(frozen("outcome-status-link").attr("href")).isEqualTo("https://status.capgo.app");
        assertThat(frozen("outcome-status-link").attr("rel")).isEqualTo("noopener");
    }

    @Test
    void while_the_status_feed_is_read_the_page_says_it_is_checking() {
        STATUS.answer(new StatusServer.Answer.Hang());
        navigate("topic=outage");
        assertThat(find(Div.class).id("status-checking").getElement().getTextRecursively())
                .isEqualTo("Checking status.capgo.app…");
        assertThat(outcome()).isEmpty();
        awaitStatusCheck();
        assertThat(asked("plan")).isTrue();
        STATUS.answer(StatusServer.indicator("none"));
    }

    @Test
    void a_status_feed_that_never_answers_still_lets_the_flow_answer() {
        STATUS.answer(new StatusServer.Answer.Hang());
        // The feed's timeout is 2 s; the margin is for a loaded machine: the point is that it ends.
        assertTimeout(Duration.ofSeconds(20), () -> open("topic=outage"));
        assertThat(asked("plan")).isTrue();
        STATUS.answer(StatusServer.indicator("none"));
    }

    @Test
    void secrets_never_reach_the_public_github_draft_and_the_customer_is_told() {
        open("topic=app-debugging");
        type("draft-description", 
                "Crash after login. Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig and --apikey ae4f8d2c-1b7e-4f0a");
        String github = java.net.URLDecoder.decode(find(Anchor.class).id("draft-github").getHref(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(github).contains("Crash after login", "Bearer [hidden]", "--apikey [hidden]")
                .doesNotContain("eyJhbGciOiJIUzI1NiJ9", "ae4f8d2c");
        assertThat(find(NativeTextArea.class).id("draft-discord-text").getValue()).doesNotContain("eyJhbGciOiJIUzI1NiJ9");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("draft-secrets").getText())
                .isEqualTo("We hid 2 things that look like secrets (a bearer token, an API key) from the GitHub issue"
                        + " and the Discord post: they are public.");
    }
}
