/** What every feature shares: translations, the app shell, the main layout and the home page. */
@NullMarked
package app.capgo.supportdesk.base;

import org.jspecify.annotations.NullMarked;
