package app.capgo.supportdesk.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The roles of Capgo's staff; a user may have several. */
public final class StaffRoles {

    /** Sales staff: the inbox and the outbox, and the insights to read. */
    public static final String SALES = "SALES";
    /** Support staff: the insights. */
    public static final String SUPPORT = "SUPPORT";

    private StaffRoles() {
    }

    /** Reads {@code SALES+SUPPORT} (any order and case); refuses an unknown role. */
    static Set<String> parse(String roles) {
        Set<String> result = new LinkedHashSet<>();
        for (String role : roles.split("\\+")) {
            String r = role.strip().toUpperCase(Locale.ROOT);
            if (!Arrays.asList(SALES, SUPPORT).contains(r)) {
                throw new IllegalArgumentException("Unknown role '" + role.strip() + "' in support.sales.users: the roles are "
                        + SALES + " and " + SUPPORT + ", joined by +");
            }
            result.add(r);
        }
        return result;
    }
}
