/** The sign-in page. */
@NullMarked
package app.capgo.supportdesk.security.ui;

import org.jspecify.annotations.NullMarked;
