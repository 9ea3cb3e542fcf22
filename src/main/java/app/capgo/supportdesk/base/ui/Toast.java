package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import java.time.Duration;

/**
 * A short message over the bottom of the page (at the top for an error), read out by screen
 * readers, that fades after a while: plain HTML and CSS, so the customer pages need no web
 * component for it. A new message replaces the one shown.
 */
public final class Toast extends Div {

    private Toast(String text, Duration shown, boolean error) {
        setText(text);
        addClassNames("toast", error ? "toast-error" : "toast-info");
        getElement().setAttribute("role", error ? "alert" : "status");
        // The stylesheet hides it once this time has passed (a CSS animation: no timer on the server).
        getStyle().set("--toast-shown", shown.toMillis() + "ms");
    }

    /** Shows {@code text} in {@code ui} for {@code shown}. */
    public static Toast show(UI ui, String text, Duration shown) {
        return show(ui, new Toast(text, shown, false));
    }

    /** Shows the error {@code text} in {@code ui} for {@code shown}. */
    public static Toast error(UI ui, String text, Duration shown) {
        return show(ui, new Toast(text, shown, true));
    }

    private static Toast show(UI ui, Toast toast) {
        ui.getChildren().filter(Toast.class::isInstance).toList().forEach(ui::remove);
        ui.add(toast);
        return toast;
    }
}
