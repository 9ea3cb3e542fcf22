package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.CustomerZones;
import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.FirstPaintOpening;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.base.ui.BrowserZone;
import app.capgo.supportdesk.base.ui.Buttons;
import app.capgo.supportdesk.base.ui.ResponseReceipt;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Decision;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.SupportPolicy;
import app.capgo.supportdesk.policy.Topic;
import app.capgo.supportdesk.policy.Verdict;
import app.capgo.supportdesk.base.ChannelProperties;
import app.capgo.supportdesk.base.PolicySources;
import app.capgo.supportdesk.docs.DocsLibrary;
import app.capgo.supportdesk.insights.Entry;
import app.capgo.supportdesk.insights.InsightCounts;
import app.capgo.supportdesk.insights.Measure;
import app.capgo.supportdesk.docs.ui.DocsSuggestions;
import app.capgo.supportdesk.wizard.DeepLink;
import app.capgo.supportdesk.wizard.StatusFeed;
import app.capgo.supportdesk.wizard.StatusProperties;
import app.capgo.supportdesk.wizard.StatusReport;
import app.capgo.supportdesk.wizard.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import io.micrometer.core.instrument.MeterRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The guided support flow on {@code /support}. The answers live in the URL (the public deep-link
 * contract): each answer navigates to a new URL, so browser Back/Forward walk the steps, and the
 * step shown is always the first question the policy still needs. Exposed to the app shell, which
 * loads its web components with the first script.
 */
@NamedInterface("first-page")
@AnonymousAllowed
@Route(Routes.SUPPORT)
@Menu(order = 1, title = "support.menu")
public final class SupportView extends Div implements BeforeEnterObserver, TitledView {

    private static final int STATUS_POLL_MILLIS = 250;

    private final StatusFeed statusFeed;
    private final StatusProperties statusProperties;
    private final ChannelProperties channels;
    private final Clock clock;
    private final PolicySources sources;
    private final MeterRegistry meters;
    private final DocsLibrary docs;
    private final InsightCounts insights;
    /** How this flow was opened, for its counts. */
    private Entry entry = Entry.DIRECT;
    /** The last step or verdict counted: a re-render of the same screen (a status reading) counts once. */
    private String counted = "";
    /** The topic code this flow counted last ("" before it has one). */
    private String topicCounted = "";
    private DeepLink link = DeepLink.parse(Map.of());
    /** Whether this navigation arrived from outside the flow (a link opened or clicked, a reload). */
    private boolean arrived;
    /** The status report fetched in the background for this navigation, once it has arrived. */
    private Optional<StatusReport> fetched = Optional.empty();

    SupportView(StatusFeed statusFeed, StatusProperties statusProperties, ChannelProperties channels, Clock clock,
                PolicySources sources, MeterRegistry meters, DocsLibrary docs, InsightCounts insights) {
        this.meters = meters;
        this.insights = insights;
        // A flow left on a step (another page, the tab closed, the session ended) counts where it stopped.
        addDetachListener(e -> {
            if (counted.startsWith("step:")) {
                insights.count(Measure.FLOW_LEFT, counted.substring(5), getLocale(), entry);
            }
            counted = "";
        });
        this.docs = docs;
        this.statusFeed = statusFeed;
        this.sources = sources;
        this.statusProperties = statusProperties;
        this.channels = channels;
        this.clock = clock;
        addClassName("support-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        link = DeepLink.parse(event.getLocation().getQueryParameters().getParameters());
        fetched = Optional.empty();
        NavigationTrigger trigger = event.getTrigger();
        arrived = trigger == NavigationTrigger.PAGE_LOAD || trigger == NavigationTrigger.ROUTER_LINK;
        if (arrived) {
            entry = Entry.of(trigger == NavigationTrigger.ROUTER_LINK,
                    !event.getLocation().getQueryParameters().getParameters().isEmpty());
            counted = "";
            topicCounted = "";
            insights.count(Measure.FLOW_STARTED, "", UI.getCurrent().getLocale(), entry);
            // A link opened, typed or clicked states the answers: none remembered from an earlier
            // journey of the session may pre-fill a question it leaves open.
            WizardSession.current().forgetAnswers(link.answers());
        }
        render();
    }

    /** The link's zone, else the browser's, else UTC. */
    private ZoneId zone() {
        return link.zone().or(() -> BrowserZone.of(UI.getCurrent())).orElse(CustomerZones.UTC);
    }

    private void render() {
        removeAll();
        add(heading(link, arrived));
        // The customer's text (from the home search or a link): the docs may answer it before anyone is asked.
        link.text().ifPresent(text -> add(new DocsSuggestions(docs, text, entry, () -> { })));
        Optional<Screen> screen = Screen.of(link.answers(), () -> fetched.or(statusFeed::cached));
        if (screen.isEmpty()) {
            checkStatus();
            return;
        }
        Answers answers = screen.get().answers();
        answers.topic().ifPresent(this::countTopic);
        List<Step> path = Step.path(answers);
        switch (screen.get().decision()) {
            case Decision.NeedsAnswers needs -> showStep(Step.of(needs.next()).orElseThrow(), answers, path);
            case Verdict verdict -> showVerdict(verdict, answers, path,
                    screen.get().report().flatMap(StatusReport::uptime));
        }
    }

    /**
     * What the flow shows for some answers: the policy's decision, with the status page's reading
     * when the policy asked for it ({@code report}).
     */
    record Screen(Answers answers, Decision decision, Optional<StatusReport> report) {

        /** Empty while the status page must be read and {@code report} has no reading yet. */
        static Optional<Screen> of(Answers given, Supplier<Optional<StatusReport>> report) {
            Decision decision = SupportPolicy.decide(given);
            if (decision instanceof Decision.NeedsAnswers needs && needs.next() == Question.STATUS) {
                return report.get().map(r -> {
                    Answers read = given.with(r.reading());
                    return new Screen(read, SupportPolicy.decide(read), Optional.of(r));
                });
            }
            return Optional.of(new Screen(given, decision, Optional.empty()));
        }
    }

    /** The page's title and, for a link just opened, what it carried that was not understood. */
    private static Component[] heading(DeepLink link, boolean arrived) {
        H1 title = new H1();
        title.setText(title.getTranslation("support.title"));
        return arrived && !link.unrecognised().isEmpty() ? new Component[] {title, unrecognised(link)}
                : new Component[] {title};
    }

    /**
     * The top of the page a link opens, down to its step's question or its verdict's reason: the
     * page's first paint ({@link WizardOpenings}), drawn by the same code as the live page. Only the
     * title when the customer's text comes first or the status page has not been read yet.
     */
    static Div opening(DeepLink link, Optional<StatusReport> cached) {
        Div page = FirstPaintOpening.page("support-view", heading(link, true));
        Optional<Screen> screen = link.text().isPresent() ? Optional.empty() : Screen.of(link.answers(), () -> cached);
        screen.ifPresent(s -> {
            List<Step> path = Step.path(s.answers());
            switch (s.decision()) {
                case Decision.NeedsAnswers needs ->
                        page.add(stepTop(Step.of(needs.next()).orElseThrow(), s.answers(), path, a -> { }));
                case Verdict verdict -> {
                    recap(path, s.answers(), a -> { }).ifPresent(page::add);
                    page.add(OutcomePanel.opening(verdict));
                }
            }
        });
        return page;
    }

    /** Above a step's choices: how far the flow is, the answers so far, and the question. */
    private static Component[] stepTop(Step step, Answers answers, List<Step> path, Consumer<Answers> go) {
        List<Component> top = new ArrayList<>();
        top.add(new StepProgress(path.size() + 1, Step.remaining(answers)));
        recap(path, answers, go).ifPresent(top::add);
        H2 question = new H2();
        question.setText(question.getTranslation("step." + step.key() + ".title"));
        top.add(question);
        return top.toArray(Component[]::new);
    }

    private static Optional<Recap> recap(List<Step> path, Answers answers, Consumer<Answers> go) {
        return path.isEmpty() ? Optional.empty() : Optional.of(new Recap(path, answers, go));
    }

    /**
     * Reading the status feed may take up to its timeout: say so while it is read in the background,
     * then show what it means (the page polls until the reading arrives).
     */
    private void checkStatus() {
        add(new StatusCheck(statusProperties.page()));
        UI ui = UI.getCurrent();
        ui.setPollInterval(STATUS_POLL_MILLIS);
        Thread.ofVirtual().name("status-check").start(() -> {
            StatusReport report = statusFeed.current();
            try {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    fetched = Optional.of(report);
                    render();
                });
            } catch (UIDetachedException e) {
                // The customer left the page meanwhile: nothing to show.
            }
        });
    }

    /** "We did not recognise "zzz" for "What do you need?" in the link": said once, on arrival. */
    private static Paragraph unrecognised(DeepLink link) {
        Paragraph note = new Paragraph();
        String parts = link.unrecognised().entrySet().stream()
                .map(e -> note.getTranslation("support.link.unrecognised.part", e.getValue(),
                        note.getTranslation("question." + e.getKey().id())))
                .collect(Collectors.joining(note.getTranslation("support.link.unrecognised.separator")));
        note.setText(note.getTranslation("support.link.unrecognised", parts));
        note.setId("link-unrecognised");
        note.addClassName("warning-note");
        return note;
    }

    private void showStep(Step step, Answers answers, List<Step> path) {
        countOnce("step:" + step.key(), Measure.STEP_REACHED, step.key());
        add(stepTop(step, answers, path, this::go));
        StepForm form = new StepForm(step, answers, WizardSession.current().remembered(), this::go);
        add(form);
        NativeButton next = Buttons.primary(getTranslation("step.next"), e -> form.submit());
        next.setId("next");
        next.addClickShortcut(Key.ENTER);
        add(buttons(path, answers, next));
        form.focusFirst();
    }

    private void showVerdict(Verdict verdict, Answers answers, List<Step> path, Optional<BigDecimal> uptime) {
        meters.counter("support.verdicts", "channel", verdict.channel().code(), "reason", verdict.reason().code())
                .increment();
        String detail = verdict.channel().code() + "/" + verdict.reason().code();
        countOnce("verdict:" + detail, Measure.VERDICT_SHOWN, detail);
        recap(path, answers, this::go).ifPresent(this::add);
        OutcomePanel outcome = new OutcomePanel(verdict, answers, zone(), clock.instant(), channels, statusProperties,
                sources, uptime);
        verdict.continuation().ifPresent(topic -> outcome.offerToGoOn(() -> go(answers.with(topic))));
        link.text().ifPresent(outcome::describe);
        outcome.onDraftUsed(way -> insights.count(Measure.DRAFT_USED, way, getLocale(), entry));
        add(outcome);
        ResponseReceipt.confirm(outcome);
        NativeButton startOver = Buttons.tertiary(getTranslation("step.start-over"), e -> {
            insights.count(Measure.FLOW_STARTED, "", getLocale(), Entry.IN_APP);
            entry = Entry.IN_APP;
            topicCounted = "";
            go(Answers.NONE);
        });
        startOver.setId("start-over");
        add(buttons(path, answers, startOver));
    }

    /** The topic of this flow, counted when it becomes known or changes. */
    private void countTopic(Topic topic) {
        if (!topic.code().equals(topicCounted)) {
            topicCounted = topic.code();
            insights.count(Measure.TOPIC_CHOSEN, topic.code(), getLocale(), entry);
        }
    }

    private void countOnce(String screen, Measure measure, String detail) {
        if (!screen.equals(counted)) {
            counted = screen;
            insights.count(measure, detail, getLocale(), entry);
        }
    }

    private Div buttons(List<Step> path, Answers answers, NativeButton action) {
        Div bar = new Div();
        bar.addClassName("step-buttons");
        if (!path.isEmpty()) {
            NativeButton back = Buttons.secondary(getTranslation("step.back"), e -> back(path, answers));
            back.setId("back");
            bar.add(back);
        }
        if (action != null) {
            bar.add(action);
        }
        return bar;
    }

    /** Takes back the answers of the last step answered; they stay remembered to pre-fill it. */
    private void back(List<Step> path, Answers answers) {
        WizardSession.current().remember(answers);
        Answers previous = answers;
        for (Question question : path.getLast().answers()) {
            previous = previous.without(question);
        }
        go(previous);
    }

    private void go(Answers answers) {
        WizardSession.current().remember(answers);
        DeepLink next = link.withAnswers(answers.without(Question.STATUS)).withLanguage(UI.getCurrent().getLocale());
        if (link.zone().isEmpty()) {
            next = BrowserZone.of(UI.getCurrent()).map(next::withZone).orElse(next);
        }
        UI.getCurrent().navigate(SupportView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public String titleKey() {
        return "support.title";
    }
}
