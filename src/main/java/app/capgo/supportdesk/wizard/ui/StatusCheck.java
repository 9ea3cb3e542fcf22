package app.capgo.supportdesk.wizard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.net.URI;

/** "Checking status.capgo.app…": shown while the status feed is read, announced to screen readers. */
final class StatusCheck extends Div {

    StatusCheck(URI statusPage) {
        setId("status-checking");
        addClassName("status-checking");
        getElement().setAttribute("role", "status");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-hidden", "true");
        add(new Span(getTranslation("status.checking", statusPage.getHost())), bar);
    }
}
