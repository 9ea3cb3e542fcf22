/** Translations: one I18NProvider over messages.properties (English) and messages_fr.properties. */
@NullMarked
package app.capgo.supportdesk.base.i18n;

import org.jspecify.annotations.NullMarked;
