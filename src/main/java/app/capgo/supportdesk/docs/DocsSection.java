package app.capgo.supportdesk.docs;

/** One section of a docs page: its link (the page URL plus {@code #id}), the page's title, its heading, its text. */
public record DocsSection(String url, String pageTitle, String heading, String text) {
}
