package app.capgo.supportdesk.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The Enterprise uptime SLA of section 6: commitment, credit bands, amounts and claim deadline. */
public final class ServiceCredits {

    /** The committed monthly Actual Availability, in percent, as measured by Capgo. */
    public static final BigDecimal COMMITMENT = new BigDecimal("99.9");
    /** Days after the end of the affected month within which a claim must be emailed. */
    public static final int CLAIM_DAYS = 30;
    /** Days within which Capgo issues an eligible credit. */
    public static final int ISSUED_WITHIN_DAYS = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Availability in [{@code from}, {@code below}) earns {@code percent} of the monthly fee. */
    public record Band(BigDecimal from, BigDecimal below, int percent) {
        boolean contains(BigDecimal availability) {
            return availability.compareTo(from) >= 0 && availability.compareTo(below) < 0;
        }
    }

    /** The credit table, best availability first; the last band starts at 0%. */
    public static final List<Band> BANDS = List.of(
            new Band(new BigDecimal("98.0"), COMMITMENT, 10),
            new Band(new BigDecimal("97.0"), new BigDecimal("98.0"), 15),
            new Band(new BigDecimal("95.0"), new BigDecimal("97.0"), 20),
            new Band(BigDecimal.ZERO, new BigDecimal("95.0"), 30));

    private ServiceCredits() {
    }

    /** The credit percentage for a monthly availability in percent (0 to 100 inclusive). */
    public static int percent(BigDecimal availability) {
        if (availability.signum() < 0 || availability.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("availability must lie between 0 and 100: " + availability);
        }
        if (availability.compareTo(COMMITMENT) >= 0) {
            return 0;
        }
        return BANDS.stream().filter(b -> b.contains(availability)).findFirst().orElseThrow().percent();
    }

    /** The credit for a monthly fee: fee x percent, rounded half-up to the fee's cents. */
    public static BigDecimal amount(BigDecimal monthlyFee, int percent) {
        if (monthlyFee.signum() < 0) {
            throw new IllegalArgumentException("a monthly fee is not negative: " + monthlyFee);
        }
        return monthlyFee.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The minutes of a calendar month (its real length). */
    public static long minutesIn(YearMonth month) {
        return month.lengthOfMonth() * 24L * 60L;
    }

    /**
     * The availability in percent left by unscheduled downtime, rounded down to 0.01 % as the
     * reading "credit rounding" says (the bands' edges have at most two decimals, so no credit
     * changes with it).
     */
    public static BigDecimal availability(YearMonth month, long downtimeMinutes) {
        long total = minutesIn(month);
        if (downtimeMinutes < 0 || downtimeMinutes > total) {
            throw new IllegalArgumentException("downtime must lie between 0 and " + total + " minutes: " + downtimeMinutes);
        }
        return counted(BigDecimal.valueOf(total - downtimeMinutes).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), 4, RoundingMode.DOWN));
    }

    /** An availability as the credit counts it: rounded down to 0.01 %. */
    public static BigDecimal counted(BigDecimal availability) {
        return availability.setScale(2, RoundingMode.DOWN);
    }

    /** The last day on which a claim for {@code month} may be emailed. */
    public static LocalDate claimBy(YearMonth month) {
        return month.atEndOfMonth().plusDays(CLAIM_DAYS);
    }

    /** Where a month stands for a claim on a given day (UTC): not over yet, open, or closed. */
    public enum ClaimWindow { MONTH_NOT_OVER, OPEN, CLOSED }

    /** The claim window of {@code month} on {@code today} (a UTC date, as the claim window is counted). */
    public static ClaimWindow claimWindow(YearMonth month, LocalDate today) {
        if (!month.atEndOfMonth().isBefore(today)) {
            return ClaimWindow.MONTH_NOT_OVER;
        }
        return claimBy(month).isBefore(today) ? ClaimWindow.CLOSED : ClaimWindow.OPEN;
    }
}
