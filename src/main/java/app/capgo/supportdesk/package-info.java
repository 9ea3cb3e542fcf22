/** Capgo Support Desk: the application and its feature packages. */
@NullMarked
package app.capgo.supportdesk;

import org.jspecify.annotations.NullMarked;
