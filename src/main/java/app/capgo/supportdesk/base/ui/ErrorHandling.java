package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The one central error handler: logs the error and tells the user in their language. A malformed
 * message from the browser (Vaadin's request handling failed on it before any of the app's code ran)
 * is the client's error: one WARN line without a stack, so crafted requests cannot flood the log.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (isMalformedRequest(error)) {
            // The client's fault (a crafted or corrupted message): one line, no stack, nothing to show.
            LOG.warn("Refused a malformed request from the browser: {}", summary(error));
            return;
        }
        LOG.error("Unexpected error in the UI", error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Toast.error(ui, ui.getTranslation("error.unexpected"), Duration.ofSeconds(8)));
        }
    }

    /**
     * Whether Vaadin's handling of the client's message failed, with none of the app's code involved:
     * reading each stack from where it was thrown, Vaadin's request handling comes before any frame of
     * the app (frames below it, such as the app's servlet filters, are only the request's way in).
     */
    static boolean isMalformedRequest(Throwable error) {
        boolean malformed = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith(VAADIN_COMMUNICATION)) {
                    malformed = true;
                    break;
                }
                if (type.startsWith(APP_PACKAGE)) {
                    return false;
                }
            }
        }
        return malformed;
    }

    private static String summary(Throwable error) {
        String text = (error.getClass().getSimpleName() + ": " + error.getMessage()).replaceAll("\\p{Cntrl}", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static final String APP_PACKAGE = "app.capgo.supportdesk.";
    private static final String VAADIN_COMMUNICATION = "com.vaadin.flow.server.communication.";
}
