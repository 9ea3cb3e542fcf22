package app.capgo.supportdesk.inquiry.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.CopyButton;
import app.capgo.supportdesk.base.ui.LengthCounter;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.base.PremiumLink;
import app.capgo.supportdesk.base.PremiumOffer;
import app.capgo.supportdesk.inquiry.InquiryLimits;
import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryRequest;
import app.capgo.supportdesk.inquiry.InquiryService;
import app.capgo.supportdesk.insights.Entry;
import app.capgo.supportdesk.insights.InsightCounts;
import app.capgo.supportdesk.insights.Measure;
import app.capgo.supportdesk.inquiry.SubmissionResult;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;

/**
 * The premium-support inquiry form on {@code /premium}. The support flow's {@code premium} and
 * not-covered verdicts link here with {@code plan}, {@code topic} and {@code lang}. Submitting
 * stores the inquiry and shows its reference at once; the emails go out in the background.
 */
@AnonymousAllowed
@Route(Routes.PREMIUM)
@Menu(order = 3, title = "inquiry.menu")
final class PremiumView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final InquiryService service;
    private final InquiryRequest request = new InquiryRequest();
    private final BeanValidationBinder<InquiryRequest> binder = new BeanValidationBinder<>(InquiryRequest.class);
    private final RadioButtonGroup<InquiryPlan> plan = new RadioButtonGroup<>();
    private final TextArea message = new TextArea();
    private final Div result = new Div();
    private final FormLayout form = new FormLayout();
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph price = new Paragraph();
    private final PremiumBenefits benefits = new PremiumBenefits();
    /** What the customer came to ask about: Premium Support, or (from a service-credit verdict) Enterprise. */
    private PremiumLink.Kind subject = PremiumLink.Kind.PREMIUM;
    /** Whether this form was sent already: a form instance stores at most one inquiry. */
    private boolean submitted;

    private final InsightCounts insights;
    /** How this page was opened, for the counts. */
    private Entry entry = Entry.DIRECT;

    PremiumView(InquiryService service, PremiumOffer offer, InsightCounts insights) {
        this.service = service;
        this.insights = insights;
        addClassName("premium-view");
        setMaxWidth("48rem");
        price.setText(getTranslation("inquiry.offer", money(offer, offer.monthlyFee()),
                offer.includedHours(), money(offer, offer.extraHourFee())));
        price.setId("inquiry-offer");
        price.addClassName("offer");
        title.setId("inquiry-title");
        add(title, intro, price, benefits);
        showSubject();

        TextField name = text("inquiry-name", "inquiry.name", InquiryLimits.NAME);
        TextField email = new TextField(getTranslation("inquiry.email"));
        email.getElement().setAttribute("autocomplete", "email");
        email.setId("inquiry-email");
        email.setMaxLength(InquiryLimits.EMAIL);
        email.setHelperText(getTranslation("inquiry.email.help"));
        TextField company = text("inquiry-company", "inquiry.company", InquiryLimits.COMPANY);
        plan.setId("inquiry-plan");
        plan.setLabel(getTranslation("inquiry.plan"));
        plan.setItems(InquiryPlan.values());
        plan.setItemLabelGenerator(p -> getTranslation("inquiry.plan." + p.code()));
        TextField org = text("inquiry-org", "inquiry.org", InquiryLimits.ORGANISATION);
        TextField scale = text("inquiry-scale", "inquiry.scale", InquiryLimits.APP_SCALE);
        TextField contactTime = text("inquiry-contact-time", "inquiry.contact-time", InquiryLimits.CONTACT_TIME);
        message.setLabel(getTranslation("inquiry.message"));
        message.setId("inquiry-message");
        message.setMaxLength(InquiryLimits.MESSAGE);
        message.setHelperText(getTranslation("inquiry.message.help", InquiryLimits.MESSAGE));
        TextField website = new TextField(getTranslation("inquiry.honeypot"));
        website.setId("inquiry-website");
        website.addClassName("honeypot");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");

        binder.forField(name).bind("name");
        binder.forField(email).bind("email");
        binder.forField(company).bind("company");
        binder.forField(plan).asRequired(getTranslation("inquiry.plan.required")).bind("plan");
        binder.forField(org).bind("organisation");
        binder.forField(scale).bind("appScale");
        binder.forField(contactTime).bind("contactTime");
        binder.forField(message).bind("message");
        binder.forField(website).bind("website");
        binder.setBean(request);

        Button submit = new Button(getTranslation("inquiry.submit"), e -> submit());
        submit.setId("inquiry-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        form.add(name, email, company, plan, org, scale, contactTime, message, website, submit);
        form.setColspan(message, 2);
        form.setColspan(plan, 2);
        form.setColspan(submit, 2);
        for (var required : List.of(name, email, company, message)) {
            required.setRequiredIndicatorVisible(true);
        }
        LengthCounter.attach(name, InquiryLimits.NAME);
        LengthCounter.attach(company, InquiryLimits.COMPANY);
        LengthCounter.attach(org, InquiryLimits.ORGANISATION);
        LengthCounter.attach(scale, InquiryLimits.APP_SCALE);
        LengthCounter.attach(contactTime, InquiryLimits.CONTACT_TIME);
        LengthCounter.attach(message, InquiryLimits.MESSAGE);
        result.setId("inquiry-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(form, result);
    }

    private TextField text(String id, String key, int max) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setMaxLength(max);
        field.setHelperText(getTranslation(key + ".help"));
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PremiumLink link = PremiumLink.parse(event.getLocation().getQueryParameters().getParameters());
        entry = Entry.of(event.getTrigger() == com.vaadin.flow.router.NavigationTrigger.ROUTER_LINK,
                !event.getLocation().getQueryParameters().getParameters().isEmpty());
        link.plan().map(InquiryPlan::of).filter(p -> plan.isEmpty()).ifPresent(plan::setValue);
        link.topic().filter(t -> message.isEmpty())
                .ifPresent(t -> message.setValue(getTranslation("inquiry.about", getTranslation("answer.topic." + t.code()))
                        + "\n\n"));
        subject = link.kind();
        showSubject();
    }

    /** The page speaks of what the customer asked: Premium Support and its offer, or Enterprise. */
    private void showSubject() {
        title.setText(getTranslation(titleKey()));
        intro.setText(getTranslation("inquiry.intro" + subject.textSuffix()));
        price.setVisible(subject == PremiumLink.Kind.PREMIUM);
        benefits.setVisible(subject == PremiumLink.Kind.PREMIUM);
    }

    private String money(PremiumOffer offer, BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(Currency.getInstance(offer.currency()));
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(amount);
    }

    private void submit() {
        if (submitted) {
            return; // one form, one inquiry: a repeated click (or a crafted request) stores nothing more
        }
        result.removeAll();
        result.getElement().removeAttribute("data-reference");
        var validation = binder.validate();
        if (!validation.isOk()) {
            // The customer is taken to the first field to fix.
            validation.getFieldValidationErrors().stream().findFirst()
                    .map(error -> error.getField())
                    .filter(field -> field instanceof Focusable<?>)
                    .ifPresent(field -> ((Focusable<?>) field).focus());
            return;
        }
        String client = VaadinSession.getCurrent().getBrowser().getAddress();
        SubmissionResult outcome = service.submit(request, UI.getCurrent().getLocale(), client == null ? "unknown" : client);
        switch (outcome) {
            case SubmissionResult.Submitted stored -> {
                insights.count(Measure.PREMIUM_SUBMITTED, "", getLocale(), entry);
                success(stored.reference());
            }
            case SubmissionResult.Discarded discarded -> success("");
            case SubmissionResult.RateLimited limited -> error(getTranslation("inquiry.rate-limited"));
            case SubmissionResult.NotStored notStored -> error(getTranslation("inquiry.not-stored"));
            case SubmissionResult.Rejected rejected -> error(String.join(" ", rejected.errors().values()));
        }
    }

    private void success(String reference) {
        submitted = true;
        form.setVisible(false);
        if (!reference.isEmpty()) {
            result.getElement().setAttribute("data-reference", reference);
        }
        result.addClassName("inquiry-confirmation");
        result.add(new H2(getTranslation("inquiry.success.title")));
        if (reference.isEmpty()) {
            result.add(new Paragraph(getTranslation("inquiry.success.text.plain")));
        } else {
            Span big = new Span(reference);
            big.setId("inquiry-reference");
            big.addClassName("reference");
            CopyButton copy = new CopyButton(getTranslation("inquiry.success.copy"), () -> reference,
                    getTranslation("inquiry.success.copied"));
            copy.setId("inquiry-copy-reference");
            copy.addClassName("tertiary");
            result.add(new Paragraph(getTranslation("inquiry.success.keep")), new Div(big, copy));
        }
        result.add(new Paragraph(getTranslation("inquiry.success.next")));
    }

    private void error(String text) {
        Paragraph message = new Paragraph(text);
        message.addClassName("form-error");
        result.add(message);
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String titleKey() {
        return "inquiry.title" + subject.textSuffix();
    }
}
