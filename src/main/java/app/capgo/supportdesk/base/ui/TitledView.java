package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose browser title is its own title, then the app's name, in the user's language. */
public interface TitledView extends HasDynamicTitle, HasElement {

    /** The translation key of the view's title. */
    String titleKey();

    @Override
    default String getPageTitle() {
        var component = getElement().getComponent().orElseThrow();
        return component.getTranslation(titleKey()) + " | " + component.getTranslation("app.name");
    }
}
