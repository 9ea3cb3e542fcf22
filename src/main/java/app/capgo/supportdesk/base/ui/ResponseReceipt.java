package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Vaadin keeps, per open page, a copy of the last response it sent, to send it again should the
 * browser repeat a request whose answer it lost. After a large response (a verdict: tens of
 * kilobytes, twice that in the heap once one character is beyond Latin-1) that copy would stay as
 * long as the customer reads. Here the browser confirms the response arrived with one small round
 * trip, whose own small answer becomes the copy kept. Nothing is lost: a browser that confirms has
 * the large response.
 */
public final class ResponseReceipt {

    private ResponseReceipt() {
    }

    /** Once {@code shown} is in the browser, the browser confirms it with a round trip of a few bytes. */
    public static void confirm(Component shown) {
        shown.getElement().executeJs("return 0").then(Integer.class, received -> {
            // The round trip itself is the point: its answer replaces the large copy.
        });
    }
}
