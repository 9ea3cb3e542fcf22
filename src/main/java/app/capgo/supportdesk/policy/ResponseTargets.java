package app.capgo.supportdesk.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.capgo.supportdesk.policy.ResponseTarget.Unit.BUSINESS_DAYS;
import static app.capgo.supportdesk.policy.ResponseTarget.Unit.BUSINESS_HOURS;
import static app.capgo.supportdesk.policy.ResponseTarget.Unit.HOURS;

/** The table of target initial response times of section 5, as data. */
public final class ResponseTargets {

    /** The columns that have targets, in the published order. */
    public static final List<SlaColumn> COLUMNS = List.of(SlaColumn.TEAM, SlaColumn.ENTERPRISE, SlaColumn.PRIORITY_PLUS);

    private static final Map<SlaColumn, Map<Severity, ResponseTarget>> TABLE = new EnumMap<>(SlaColumn.class);

    static {
        column(SlaColumn.TEAM, t(24, HOURS), t(1, BUSINESS_DAYS), t(1, BUSINESS_DAYS), t(2, BUSINESS_DAYS));
        column(SlaColumn.ENTERPRISE, t(1, HOURS), t(2, BUSINESS_HOURS), t(1, BUSINESS_DAYS), t(2, BUSINESS_DAYS));
        column(SlaColumn.PRIORITY_PLUS, t(1, HOURS), t(2, HOURS), t(12, HOURS), t(24, HOURS));
    }

    private ResponseTargets() {
    }

    /** The target for a column and severity; empty for {@link SlaColumn#NONE} (best effort). */
    public static Optional<ResponseTarget> of(SlaColumn column, Severity severity) {
        return Optional.ofNullable(TABLE.get(column)).map(row -> row.get(severity));
    }

    private static void column(SlaColumn column, ResponseTarget urgent, ResponseTarget high,
                               ResponseTarget normal, ResponseTarget low) {
        Map<Severity, ResponseTarget> row = new EnumMap<>(Severity.class);
        row.put(Severity.URGENT, urgent);
        row.put(Severity.HIGH, high);
        row.put(Severity.NORMAL, normal);
        row.put(Severity.LOW, low);
        TABLE.put(column, row);
    }

    private static ResponseTarget t(int amount, ResponseTarget.Unit unit) {
        return new ResponseTarget(amount, unit);
    }
}
