/** The SLA terms page for Enterprise customers, with deadline and service-credit calculators. */
@NullMarked
package app.capgo.supportdesk.sla;

import org.jspecify.annotations.NullMarked;
