package app.capgo.supportdesk.wizard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import java.net.URI;

/** "Checking status.capgo.app…": shown while the status feed is read, announced to screen readers. */
final class StatusCheck extends Div {

    StatusCheck(URI statusPage) {
        setId("status-checking");
        addClassName("status-checking");
        getElement().setAttribute("role", "status");
        add(new Span(getTranslation("status.checking", statusPage.getHost())));
        // The browser's own bar, without a value: it shows work going on.
        Element bar = new Element("progress");
        bar.setAttribute("aria-hidden", "true");
        getElement().appendChild(bar);
    }
}
