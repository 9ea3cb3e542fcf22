/**
 * What every feature shares: app-wide wiring (the clock, channel, sales, source and offer
 * properties), translations, the app shell, the main layout and the home page. An open module:
 * every feature may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.capgo.supportdesk.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
