/**
 * The sales side: sign-in (Spring Security with Vaadin's configurer, throttled), sales users, and
 * the signed-in inbox and outbox in {@code sales.ui}.
 */
@NullMarked
package app.capgo.supportdesk.sales;

import org.jspecify.annotations.NullMarked;
