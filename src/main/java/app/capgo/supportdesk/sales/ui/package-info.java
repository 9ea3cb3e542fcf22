/** The sales views: the inquiry inbox with its detail panel, and the embedded SMTP outbox. */
@NullMarked
package app.capgo.supportdesk.sales.ui;

import org.jspecify.annotations.NullMarked;
