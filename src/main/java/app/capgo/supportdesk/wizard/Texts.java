package app.capgo.supportdesk.wizard;

/** Translated texts by key, in the customer's language (the views pass their getTranslation). */
@FunctionalInterface
public interface Texts {
    String get(String key, Object... params);
}
