package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableRunnable;

/** A DOM event heard once: what it brings is built at the first such event, never again. */
public final class DomOnce {

    private DomOnce() {
    }

    /** Runs {@code action} at the first {@code type} event of {@code element}, then stops listening. */
    public static void listen(Element element, String type, SerializableRunnable action) {
        DomListenerRegistration[] registration = new DomListenerRegistration[1];
        registration[0] = element.addEventListener(type, e -> {
            registration[0].remove();
            action.run();
        });
    }
}
