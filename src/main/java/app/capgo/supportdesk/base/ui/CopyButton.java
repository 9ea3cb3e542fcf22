package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.notification.Notification;

import java.util.function.Supplier;

/**
 * A button that copies a text to the clipboard and says so once the browser has copied it (or,
 * when the browser refuses, says to select and copy it by hand): the one place the app writes to
 * the clipboard.
 */
public final class CopyButton extends NativeButton {

    /** A button labelled {@code label} copying {@code text} (read at the click) and then showing {@code copied}. */
    public CopyButton(String label, Supplier<String> text, String copied) {
        super(label);
        addClassName("button");
        getElement().setAttribute("type", "button");
        addClickListener(e -> getElement().executeJs("return navigator.clipboard.writeText($0)", text.get())
                .then(done -> Notification.show(copied, 3000, Notification.Position.BOTTOM_CENTER),
                        failed -> Notification.show(getTranslation("copy.failed"), 5000, Notification.Position.BOTTOM_CENTER)));
    }
}
