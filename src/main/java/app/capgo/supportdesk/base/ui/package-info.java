/** The app shell, the main layout with its menu and language switcher, the home page and errors. */
@NullMarked
package app.capgo.supportdesk.base.ui;

import org.jspecify.annotations.NullMarked;
