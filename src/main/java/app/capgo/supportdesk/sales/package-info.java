/**
 * The sales side: the inbox's backend (finding, filtering and following up inquiries, notes,
 * history, resending an email, the CSV export) and, in {@code sales.ui}, the signed-in inbox and
 * outbox.
 */
@NullMarked
package app.capgo.supportdesk.sales;

import org.jspecify.annotations.NullMarked;
