/**
 * The guided support flow: deep links, steps, the status feed and the request drafts, on top of
 * the policy core. Its views live in {@code wizard.ui}.
 */
@NullMarked
package app.capgo.supportdesk.wizard;

import org.jspecify.annotations.NullMarked;
