/**
 * The docs suggestions as the pages show them: the home page's search box and the list of answers
 * (named interface "ui", used by the home page and the guided flow).
 */
@NamedInterface("ui")
@NullMarked
package app.capgo.supportdesk.docs.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
