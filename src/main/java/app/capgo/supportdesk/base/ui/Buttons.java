package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.NativeButton;

/**
 * The app's buttons on the customer pages: the browser's own {@code <button>}, styled by the app's
 * stylesheet (class {@code button}, plus {@code primary} or {@code tertiary}); no web component to
 * download before the page shows.
 */
public final class Buttons {

    private Buttons() {
    }

    /** A secondary button (the default look). */
    public static NativeButton secondary(String text, ComponentEventListener<ClickEvent<NativeButton>> onClick) {
        NativeButton button = new NativeButton(text, onClick);
        button.addClassName("button");
        button.getElement().setAttribute("type", "button");
        return button;
    }

    /** The page's main action. */
    public static NativeButton primary(String text, ComponentEventListener<ClickEvent<NativeButton>> onClick) {
        NativeButton button = secondary(text, onClick);
        button.addClassName("primary");
        return button;
    }

    /** A quiet action that reads as a link. */
    public static NativeButton tertiary(String text, ComponentEventListener<ClickEvent<NativeButton>> onClick) {
        NativeButton button = secondary(text, onClick);
        button.addClassName("tertiary");
        return button;
    }
}
