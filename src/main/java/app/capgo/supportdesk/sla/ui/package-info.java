/** The views of the SLA page: the terms, the deadline calculator and the credit calculator. */
@NullMarked
package app.capgo.supportdesk.sla.ui;

import org.jspecify.annotations.NullMarked;
