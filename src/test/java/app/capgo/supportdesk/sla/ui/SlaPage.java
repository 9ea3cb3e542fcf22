package app.capgo.supportdesk.sla.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.JsonNodeFactory;

/** What a browser does on {@code /sla}, for browserless tests of any package. */
public final class SlaPage {

    private SlaPage() {
    }

    /** Once it has built {@code view}, the browser asks for the parts below the first screen. */
    public static void built(HasElement view) {
        view.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(
                new DomEvent(view.getElement(), SlaView.REST_WANTED, JsonNodeFactory.instance.objectNode()));
    }
}
