package app.capgo.supportdesk.sales.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.util.Optional;

/** Whether the browser window is phone-sized, where the inbox folds its filters away. */
final class Narrow {

    /** The width (CSS pixels) below which the filters start folded; the phone breakpoint of styles.css. */
    static final int BREAKPOINT = 900;

    private Narrow() {
    }

    /** Whether the current window is narrower than {@link #BREAKPOINT}; false when the browser did not say. */
    static boolean screen() {
        return Optional.ofNullable(UI.getCurrent()).map(ui -> ui.getPage().getExtendedClientDetails())
                .map(ExtendedClientDetails::getWindowInnerWidth).filter(w -> w > 0).map(w -> w < BREAKPOINT)
                .orElse(false);
    }
}
