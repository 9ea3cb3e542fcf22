package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

/** Links to other sites open in a new tab, without giving that tab a handle on this page. */
public final class NewTab {

    private NewTab() {
    }

    /** Makes {@code link} open in a new tab with {@code rel=noopener}; returns it. */
    public static Anchor open(Anchor link) {
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        return link;
    }
}
