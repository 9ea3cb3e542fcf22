package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.html.NativeButton;

import java.time.Duration;
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
                .then(done -> getUI().ifPresent(ui -> Toast.show(ui, copied, Duration.ofSeconds(3))),
                        failed -> getUI().ifPresent(ui -> Toast.error(ui, getTranslation("copy.failed"), Duration.ofSeconds(5)))));
    }
}
