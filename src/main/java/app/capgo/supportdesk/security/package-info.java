/**
 * Sign-in for sales: Spring Security with Vaadin's configurer, the sales users (configured or
 * created on first start), the SALES role and the throttling of failed logins.
 */
@NullMarked
package app.capgo.supportdesk.security;

import org.jspecify.annotations.NullMarked;
