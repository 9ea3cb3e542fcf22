package app.capgo.supportdesk;

import app.capgo.supportdesk.wizard.ui.HomeView;
import app.capgo.supportdesk.wizard.ui.SupportView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The app shell: Lumo plus the app's own stylesheet (identity, colours, type scale), on every page,
 * in a light or dark scheme that follows the system setting. The web components of the home page
 * and the guided flow come with the first script (no second wave of downloads before a customer's
 * first question shows); the other pages' load when first opened. In the root package: it names
 * views of two features.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "description", content = "Answers from Capgo's documentation, and where to ask Capgo for support when they are not enough.")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@LoadDependenciesOnStartup({HomeView.class, SupportView.class})
public class AppShell implements AppShellConfigurator {

    /** The app's own icon as the favicon (a browser asks for one on every page: no 404 in the console). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/logo.svg", "any");
    }
}
