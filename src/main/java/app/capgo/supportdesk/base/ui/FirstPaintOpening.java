package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

import java.util.Optional;

/**
 * What a page shows first (its title down to the first thing it says), for {@link FirstPaint}: built
 * with the same code the view starts with, in the current UI's language. A feature's bean answers for
 * its own routes.
 */
public interface FirstPaintOpening {

    /** The opening of the page at {@code path} (no leading slash) with {@code parameters}; empty when not known. */
    Optional<Component> opening(String path, QueryParameters parameters);

    /** {@code parts} in the element the view's root would be: a {@code div} of class {@code viewClass}. */
    static Div page(String viewClass, Component... parts) {
        Div page = new Div(parts);
        page.addClassName(viewClass);
        return page;
    }
}
