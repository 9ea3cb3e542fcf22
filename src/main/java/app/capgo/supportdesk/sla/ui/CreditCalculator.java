package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.Links;
import app.capgo.supportdesk.policy.ServiceCredits;
import app.capgo.supportdesk.sla.CreditCalculation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Month, availability or downtime, and the monthly fee give the credit, its amount and the claim deadline. */
final class CreditCalculator extends Div {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY");

    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final RadioButtonGroup<CreditCalculation.Mode> mode = new RadioButtonGroup<>();
    private final TextField availability = new TextField();
    private final TextField downtime = new TextField();
    private final TextField fee = new TextField();
    private final Select<String> currency = new Select<>();
    private final TextField account = new TextField();
    private final TextArea outages = new TextArea();
    private final Div result = new Div();
    private final Anchor claim = new Anchor();
    private final Paragraph monthNote = new Paragraph();
    private final String supportEmail;
    private final YearMonth lastMonth;
    private final Clock clock;

    CreditCalculator(Clock clock, String supportEmail) {
        this.supportEmail = supportEmail;
        this.clock = clock;
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        this.lastMonth = current.minusMonths(1);
        month.setId("credit-month");
        month.setLabel(getTranslation("sla.credit.month"));
        month.setItems(Stream.iterate(current, m -> m.minusMonths(1)).limit(25).toList());
        month.setItemLabelGenerator(m -> DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(m));
        month.setValue(lastMonth);
        month.setAllowCustomValue(false);
        mode.setId("credit-mode");
        mode.setLabel(getTranslation("sla.credit.mode"));
        mode.setItems(CreditCalculation.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("sla.credit.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.setValue(CreditCalculation.Mode.AVAILABILITY);
        input(availability, "credit-availability", "sla.credit.availability");
        input(downtime, "credit-downtime", "sla.credit.downtime");
        input(fee, "credit-fee", "sla.credit.fee");
        currency.setId("credit-currency");
        currency.setLabel(getTranslation("sla.credit.currency"));
        currency.setItems(CURRENCIES);
        currency.setValue(Messages.isFrench(getLocale()) ? "EUR" : "USD");
        account.setId("credit-account");
        account.setLabel(getTranslation("sla.credit.account"));
        account.setMaxLength(200);
        outages.setId("credit-outages");
        outages.setLabel(getTranslation("sla.credit.outages"));
        outages.setMaxLength(2000);
        outages.setWidthFull();
        result.setId("credit-result");
        result.addClassName("calculator-result");
        result.getElement().setAttribute("aria-live", "polite");
        claim.setId("credit-claim");
        claim.setText(getTranslation("sla.credit.claim", supportEmail));
        month.addValueChangeListener(e -> update());
        mode.addValueChangeListener(e -> update());
        currency.addValueChangeListener(e -> update());
        Stream.of(availability, downtime, fee, account).forEach(f -> f.addValueChangeListener(e -> update()));
        outages.addValueChangeListener(e -> update());
        Div inputs = new Div(month, mode, availability, downtime, fee, currency);
        inputs.addClassName("calculator-inputs");
        monthNote.setId("credit-month-note");
        monthNote.addClassName("warning-note");
        add(Sections.section("sla-credit-section", Sections.h2(this, "sla.credit.title"),
                new Paragraph(getTranslation("sla.credit.intro")), inputs, monthNote, result,
                Sections.h2(this, "sla.claim.title"), new Paragraph(getTranslation("sla.claim.how", supportEmail, ServiceCredits.CLAIM_DAYS)),
                account, outages, claim));
        addClassName("calculator");
        update();
    }

    private void input(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setHelperText(getTranslation(key + ".help"));
        field.setMaxLength(40);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private void update() {
        boolean byDowntime = mode.getValue() == CreditCalculation.Mode.DOWNTIME;
        availability.setVisible(!byDowntime);
        downtime.setVisible(byDowntime);
        YearMonth m = month.getValue() == null ? lastMonth : month.getValue();
        downtime.setHelperText(getTranslation("sla.credit.downtime.help", ServiceCredits.minutesIn(m)));
        showClaimWindow(m);
        Stream.of(availability, downtime, fee).forEach(f -> f.setInvalid(false));
        result.removeAll();
        for (String a : List.of("data-percent", "data-amount", "data-claim-by")) {
            result.getElement().removeAttribute(a);
        }
        claim.setHref(claimLink(m));
        if (fee.getValue().isBlank() || (byDowntime ? downtime : availability).getValue().isBlank()) {
            result.add(new Paragraph(getTranslation("sla.credit.incomplete")));
            return;
        }
        CreditCalculation.Result r = CreditCalculation.calculate(m, mode.getValue() == null
                        ? CreditCalculation.Mode.AVAILABILITY : mode.getValue(), availability.getValue(),
                downtime.getValue(), fee.getValue(), getLocale());
        switch (r) {
            case CreditCalculation.Invalid invalid -> {
                TextField field = switch (invalid.field()) {
                    case AVAILABILITY -> availability;
                    case DOWNTIME -> downtime;
                    case FEE -> fee;
                };
                field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                field.setInvalid(true);
                result.add(new Paragraph(getTranslation("sla.credit.fix")));
            }
            case CreditCalculation.Credit credit -> show(credit);
        }
    }

    private void show(CreditCalculation.Credit credit) {
        NumberFormat money = NumberFormat.getCurrencyInstance(getLocale());
        money.setCurrency(Currency.getInstance(currency.getValue() == null ? "EUR" : currency.getValue()));
        result.getElement().setAttribute("data-percent", String.valueOf(credit.percent()));
        result.getElement().setAttribute("data-amount", credit.amount().toPlainString());
        result.getElement().setAttribute("data-claim-by", credit.claimBy().toString());
        Span headline = new Span(credit.percent() == 0
                ? getTranslation("sla.credit.result.none", number(credit.availability()), ServiceCredits.COMMITMENT)
                : getTranslation("sla.credit.result", credit.percent(), money.format(credit.fee()),
                money.format(credit.amount()), number(credit.availability())));
        headline.addClassName("result-headline");
        result.add(headline);
        if (credit.percent() > 0) {
            result.add(new Paragraph(getTranslation("sla.credit.claim-by",
                    Messages.format(credit.claimBy(), getTranslation("format.date"), getLocale()))));
        }
    }

    /** A percentage as the user's language writes it: 98.5 in English, 98,5 in French. */
    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** Warns when the month is not over yet, or when its claim window has closed. */
    private void showClaimWindow(YearMonth m) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String claimBy = Messages.format(ServiceCredits.claimBy(m), getTranslation("format.date"), getLocale());
        monthNote.setText(switch (ServiceCredits.claimWindow(m, today)) {
            case MONTH_NOT_OVER -> getTranslation("sla.credit.month.not-over", claimBy);
            case CLOSED -> getTranslation("sla.credit.month.too-late", claimBy);
            case OPEN -> "";
        });
        monthNote.setVisible(!monthNote.getText().isEmpty());
    }

    private String claimLink(YearMonth m) {
        String monthText = DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(m);
        String subject = getTranslation("sla.claim.subject", monthText);
        String body = getTranslation("sla.claim.body", monthText, account.getValue().strip(), outages.getValue().strip());
        return Links.mailto(supportEmail, subject, body);
    }
}
