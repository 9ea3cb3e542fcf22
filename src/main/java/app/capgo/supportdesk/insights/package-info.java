/**
 * What the desk does, for Capgo's team, as aggregates only: per day, language and entry point, the
 * flows started, the steps reached, the verdicts shown, the docs searches and their answers, the
 * drafts used and the premium inquiries sent. No person is recorded: no address, session, agent or
 * text. Counted in memory and written in batches ({@code insight_count}), so several instances add up.
 */
@NullMarked
package app.capgo.supportdesk.insights;

import org.jspecify.annotations.NullMarked;
