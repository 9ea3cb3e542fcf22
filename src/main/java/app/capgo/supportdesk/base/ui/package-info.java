/** The main layout with its menu and language switcher, and the error pages. */
@NullMarked
package app.capgo.supportdesk.base.ui;

import org.jspecify.annotations.NullMarked;
