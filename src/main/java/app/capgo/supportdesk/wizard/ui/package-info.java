/** The home page and the views of the guided support flow: the steps, the verdict and the request draft form. */
@NullMarked
package app.capgo.supportdesk.wizard.ui;

import org.jspecify.annotations.NullMarked;
