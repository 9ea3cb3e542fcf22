/**
 * Capgo's published support policy and SLA as a pure Java core: who may use which channel,
 * severities, response targets, business-hours deadlines and service credits. Imports neither
 * Vaadin nor Spring nor any other package of the app.
 */
@NullMarked
package app.capgo.supportdesk.policy;

import org.jspecify.annotations.NullMarked;
