/** The premium-support inquiry form. */
@NullMarked
package app.capgo.supportdesk.inquiry.ui;

import org.jspecify.annotations.NullMarked;
