package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.Links;
import app.capgo.supportdesk.base.ui.ChoiceGroup;
import app.capgo.supportdesk.base.ui.LabelledField;
import app.capgo.supportdesk.base.ui.NativeInput;
import app.capgo.supportdesk.base.ui.NativeSelect;
import app.capgo.supportdesk.base.ui.NativeTextArea;
import app.capgo.supportdesk.policy.ServiceCredits;
import app.capgo.supportdesk.sla.CreditCalculation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

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

/**
 * Month, availability or downtime, and the monthly fee give the credit, its amount and the claim
 * deadline; the browser's own fields, a number's errors written under it.
 */
final class CreditCalculator extends Div {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY");

    private static final int PAUSE_MILLIS = 400;

    private final NativeSelect<YearMonth> month = new NativeSelect<>();
    private final ChoiceGroup<CreditCalculation.Mode> mode;
    private final NativeInput availability = new NativeInput(NativeInput.Type.TEXT, 40, PAUSE_MILLIS);
    private final NativeInput downtime = new NativeInput(NativeInput.Type.TEXT, 40, PAUSE_MILLIS);
    private final NativeInput fee = new NativeInput(NativeInput.Type.TEXT, 40, PAUSE_MILLIS);
    private final LabelledField availabilityField;
    private final LabelledField downtimeField;
    private final LabelledField feeField;
    private final NativeSelect<String> currency = new NativeSelect<>();
    private final NativeInput account = new NativeInput(NativeInput.Type.TEXT, 200, PAUSE_MILLIS);
    private final NativeTextArea outages = new NativeTextArea(2000, PAUSE_MILLIS);
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
        month.setItems(Stream.iterate(current, m -> m.minusMonths(1)).limit(25).toList(), this::monthText, m -> null);
        month.setValue(lastMonth);
        mode = new ChoiceGroup<>("credit-mode", getTranslation("sla.credit.mode"));
        mode.addClassName("two-way");
        mode.setItems(List.of(CreditCalculation.Mode.values()),
                m -> new Span(getTranslation("sla.credit.mode." + m.name().toLowerCase(Locale.ROOT))));
        mode.setValue(CreditCalculation.Mode.AVAILABILITY);
        availabilityField = input(availability, "credit-availability", "sla.credit.availability");
        downtimeField = input(downtime, "credit-downtime", "sla.credit.downtime");
        feeField = input(fee, "credit-fee", "sla.credit.fee");
        currency.setId("credit-currency");
        currency.setItems(CURRENCIES, c -> c, c -> null);
        currency.setValue(Messages.isFrench(getLocale()) ? "EUR" : "USD");
        account.setId("credit-account");
        outages.setId("credit-outages");
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
        LabelledField outagesField = new LabelledField(outages, getTranslation("sla.credit.outages"), null);
        outagesField.addClassName("wide");
        Div inputs = new Div(new LabelledField(month, getTranslation("sla.credit.month"), null), mode,
                availabilityField, downtimeField, feeField,
                new LabelledField(currency, getTranslation("sla.credit.currency"), null));
        inputs.addClassName("calculator-inputs");
        monthNote.setId("credit-month-note");
        monthNote.addClassName("warning-note");
        add(Sections.section("sla-credit-section", Sections.h2(this, "sla.credit.title"),
                new Paragraph(getTranslation("sla.credit.intro")), inputs, monthNote, result,
                Sections.h2(this, "sla.claim.title"), new Paragraph(getTranslation("sla.claim.how", supportEmail, ServiceCredits.CLAIM_DAYS)),
                new LabelledField(account, getTranslation("sla.credit.account"), null),
                outagesField, claim));
        addClassName("calculator");
        update();
    }

    private LabelledField input(NativeInput field, String id, String key) {
        field.setId(id);
        // A phone offers its keyboard with digits and a decimal sign; the text still takes "1 500,50".
        field.getElement().setAttribute("inputmode", "decimal");
        return new LabelledField(field, getTranslation(key), getTranslation(key + ".help"));
    }

    private void update() {
        boolean byDowntime = mode.getValue() == CreditCalculation.Mode.DOWNTIME;
        availabilityField.setVisible(!byDowntime);
        downtimeField.setVisible(byDowntime);
        YearMonth m = month.getValue() == null ? lastMonth : month.getValue();
        downtimeField.setHelp(getTranslation("sla.credit.downtime.help", ServiceCredits.minutesIn(m)));
        showClaimWindow(m);
        Stream.of(availabilityField, downtimeField, feeField).forEach(f -> f.setError(null));
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
                LabelledField field = switch (invalid.field()) {
                    case AVAILABILITY -> availabilityField;
                    case DOWNTIME -> downtimeField;
                    case FEE -> feeField;
                };
                field.setError(getTranslation(invalid.messageKey(), invalid.arguments()));
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
        String monthText = monthText(m);
        String subject = getTranslation("sla.claim.subject", monthText);
        String body = getTranslation("sla.claim.body", monthText, account.getValue().strip(), outages.getValue().strip());
        return Links.mailto(supportEmail, subject, body);
    }

    private String monthText(YearMonth m) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(m);
    }
}
