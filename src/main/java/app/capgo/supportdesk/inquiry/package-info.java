/**
 * Premium-support inquiries: stored first, then emailed to sales and confirmed to the customer,
 * reliably (an event publication registry keeps every email until it is delivered).
 */
@NullMarked
package app.capgo.supportdesk.inquiry;

import org.jspecify.annotations.NullMarked;
