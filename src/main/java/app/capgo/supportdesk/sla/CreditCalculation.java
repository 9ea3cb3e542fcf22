package app.capgo.supportdesk.sla;

import app.capgo.supportdesk.policy.ServiceCredits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * The service-credit calculator's arithmetic and validation, apart from any view: a month, either
 * the measured availability or the unscheduled downtime, and the monthly fee.
 */
public final class CreditCalculation {

    /** How the customer states the month's availability. */
    public enum Mode { AVAILABILITY, DOWNTIME }

    /** The input that is wrong, for the view to mark. */
    public enum Field { AVAILABILITY, DOWNTIME, FEE }

    /** A calculator answer: a credit, or which field is wrong and why (a message key and its arguments). */
    public sealed interface Result permits Credit, Invalid {
    }

    public record Credit(YearMonth month, BigDecimal availability, int percent, BigDecimal fee, BigDecimal amount,
                         LocalDate claimBy) implements Result {
    }

    public record Invalid(Field field, String messageKey, Object... arguments) implements Result {
    }

    private CreditCalculation() {
    }

    public static Result calculate(YearMonth month, Mode mode, String availabilityText, String downtimeText,
                                   String feeText, Locale locale) {
        BigDecimal availability;
        if (mode == Mode.AVAILABILITY) {
            Optional<BigDecimal> parsed = DecimalInput.parse(availabilityText, locale);
            if (parsed.isEmpty()) {
                return new Invalid(Field.AVAILABILITY, "sla.credit.error.availability-format");
            }
            if (parsed.get().signum() < 0 || parsed.get().compareTo(BigDecimal.valueOf(100)) > 0) {
                return new Invalid(Field.AVAILABILITY, "sla.credit.error.availability-range");
            }
            availability = ServiceCredits.counted(parsed.get());
        } else {
            Optional<BigDecimal> parsed = DecimalInput.parse(downtimeText, locale);
            long total = ServiceCredits.minutesIn(month);
            if (parsed.isEmpty() || parsed.get().stripTrailingZeros().scale() > 0) {
                return new Invalid(Field.DOWNTIME, "sla.credit.error.downtime-format");
            }
            BigDecimal minutes = parsed.get();
            if (minutes.signum() < 0 || minutes.compareTo(BigDecimal.valueOf(total)) > 0) {
                return new Invalid(Field.DOWNTIME, "sla.credit.error.downtime-range", total);
            }
            availability = ServiceCredits.availability(month, minutes.longValueExact());
        }
        Optional<BigDecimal> fee = DecimalInput.parse(feeText, locale);
        if (fee.isEmpty()) {
            return new Invalid(Field.FEE, "sla.credit.error.fee-format");
        }
        if (fee.get().signum() < 0) {
            return new Invalid(Field.FEE, "sla.credit.error.fee-negative");
        }
        if (fee.get().scale() > 2 || fee.get().compareTo(new BigDecimal("1000000000")) > 0) {
            return new Invalid(Field.FEE, "sla.credit.error.fee-format");
        }
        int percent = ServiceCredits.percent(availability);
        return new Credit(month, availability, percent, fee.get(), ServiceCredits.amount(fee.get(), percent),
                ServiceCredits.claimBy(month));
    }
}
