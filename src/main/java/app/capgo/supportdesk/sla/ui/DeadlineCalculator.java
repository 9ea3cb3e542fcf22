package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.CustomerZones;
import app.capgo.supportdesk.base.i18n.DurationText;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.ui.BrowserZone;
import app.capgo.supportdesk.base.ui.HowWeCount;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Deadline;
import app.capgo.supportdesk.policy.Reading;
import app.capgo.supportdesk.policy.ResponseTarget;
import app.capgo.supportdesk.policy.ResponseTargets;
import app.capgo.supportdesk.policy.Severity;
import app.capgo.supportdesk.policy.SlaColumn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Severity, plan/tier, submission time and zone give the first-response deadline, explained. */
final class DeadlineCalculator extends Div {

    private final Select<Severity> severity = new Select<>();
    private final Select<SlaColumn> plan = new Select<>();
    private final DatePicker startDate = new DatePicker();
    private final TimePicker startTime = new TimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Div result = new Div();

    DeadlineCalculator(Clock clock) {
        severity.setId("deadline-severity");
        severity.setLabel(getTranslation("sla.deadline.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("severity." + s.code()));
        severity.setValue(Severity.HIGH);
        plan.setId("deadline-plan");
        plan.setLabel(getTranslation("sla.deadline.plan"));
        plan.setItems(ResponseTargets.COLUMNS);
        plan.setItemLabelGenerator(c -> getTranslation(c == SlaColumn.PRIORITY_PLUS ? "sla.priority-plus.long" : "sla." + c.code()));
        plan.setValue(SlaColumn.ENTERPRISE);
        zone.setId("deadline-zone");
        zone.setLabel(getTranslation("sla.deadline.zone"));
        ZoneId browser = BrowserZone.of(UI.getCurrent()).orElse(CustomerZones.UTC);
        zone.setItems(CustomerZones.ALL);
        zone.setValue(browser.getId());
        zone.setHelperText(getTranslation("sla.deadline.zone.help"));
        LocalDateTime now = LocalDateTime.now(clock.withZone(browser)).withSecond(0).withNano(0);
        startDate.setId("deadline-start-date");
        startDate.setLabel(getTranslation("sla.deadline.start"));
        startDate.setLocale(Messages.dateLocale(getLocale()));
        startDate.setValue(now.toLocalDate());
        startDate.setErrorMessage(getTranslation("sla.deadline.start.error"));
        startTime.setId("deadline-start-time");
        startTime.setLabel(getTranslation("sla.deadline.start.time"));
        startTime.setLocale(Messages.dateLocale(getLocale()));
        startTime.setValue(now.toLocalTime());
        startTime.setErrorMessage(getTranslation("sla.deadline.start.time.error"));
        Div start = new Div(startDate, startTime);
        start.setId("deadline-start");
        start.addClassName("date-time");
        result.setId("deadline-result");
        result.addClassName("calculator-result");
        result.getElement().setAttribute("aria-live", "polite");
        severity.addValueChangeListener(e -> update());
        plan.addValueChangeListener(e -> update());
        startDate.addValueChangeListener(e -> update());
        startTime.addValueChangeListener(e -> update());
        // Typing an impossible date changes no value: the validation status says so, and the answer goes.
        startDate.addValidationStatusChangeListener(e -> update());
        startTime.addValidationStatusChangeListener(e -> update());
        zone.addValueChangeListener(e -> update());
        zone.setErrorMessage(getTranslation("sla.deadline.zone.error"));
        Div inputs = new Div(severity, plan, start, zone);
        inputs.addClassName("calculator-inputs");
        add(Sections.section("sla-deadline-section", Sections.h2(this, "sla.deadline.title"),
                new Paragraph(getTranslation("sla.deadline.intro")), inputs, result));
        addClassName("calculator");
        update();
    }

    /**
     * Takes a verdict's severity, column and zone (from {@code /sla?severity&sla&tz}); a value that
     * is not one of the calculator's leaves its default.
     */
    void prefill(Optional<String> severityCode, Optional<String> columnCode, Optional<String> zoneId) {
        severityCode.flatMap(code -> Code.parse(Severity.class, code)).ifPresent(severity::setValue);
        columnCode.flatMap(code -> Code.parse(SlaColumn.class, code)).filter(ResponseTargets.COLUMNS::contains)
                .ifPresent(plan::setValue);
        zoneId.flatMap(CustomerZones::parse).map(ZoneId::getId).ifPresent(zone::setValue);
    }

    private void update() {
        result.removeAll();
        result.getElement().removeAttribute("data-deadline");
        startDate.setInvalid(startDate.getValue() == null || startDate.isInvalid());
        startTime.setInvalid(startTime.getValue() == null || startTime.isInvalid());
        zone.setInvalid(zone.getValue() == null);
        if (severity.getValue() == null || plan.getValue() == null || startDate.isInvalid() || startTime.isInvalid()
                || zone.isInvalid()) {
            result.add(new Paragraph(getTranslation("sla.deadline.incomplete")));
            return;
        }
        ZoneId zoneId = ZoneId.of(zone.getValue());
        ResponseTarget target = ResponseTargets.of(plan.getValue(), severity.getValue()).orElseThrow();
        LocalDateTime start = LocalDateTime.of(startDate.getValue(), startTime.getValue());
        Deadline deadline = Deadline.compute(start.atZone(zoneId).toInstant(), zoneId, target);
        result.getElement().setAttribute("data-deadline", deadline.due().toInstant().toString());
        Span due = new Span(getTranslation("sla.deadline.result", format(deadline.due(), "format.date-time"),
                zone.getValue()));
        due.addClassName("result-headline");
        Paragraph explanation = new Paragraph(explain(deadline));
        explanation.setId("deadline-explanation");
        List<Reading> readings = Reading.appliedBy(plan.getValue(), target);
        result.add(due, explanation);
        // Each reading the count applied, one line under it; the page's foot names the sources.
        readings.stream().map(HowWeCount::line).forEach(result::add);
    }

    /** "Friday 17:30 + 2 business hours: 30 min on Friday, 1 h 30 on Monday from 06:00, so Monday 07:30". */
    String explain(Deadline d) {
        String target = getTranslation("target.short." + d.target().unit().code(), d.target().amount());
        String begin = format(d.start(), "format.day-time");
        String end = format(d.due(), "format.day-time");
        if (!d.target().businessHoursOnly()) {
            return getTranslation("sla.deadline.explain.wall", begin, target, end);
        }
        List<String> parts = new ArrayList<>();
        for (Deadline.Segment s : d.segments()) {
            String length = DurationText.length(s.length(), this::getTranslation);
            String day = format(s.from(), "format.day");
            parts.add(s.from().equals(d.start())
                    ? getTranslation("sla.deadline.segment.same-day", length, day)
                    : getTranslation("sla.deadline.segment", length, day, format(s.from(), "format.time")));
        }
        return getTranslation("sla.deadline.explain.business", begin, target, String.join(", ", parts), end);
    }

    private String format(ZonedDateTime time, String patternKey) {
        return Messages.format(time, getTranslation(patternKey), getLocale());
    }
}
