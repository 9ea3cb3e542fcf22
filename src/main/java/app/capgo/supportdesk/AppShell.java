package app.capgo.supportdesk;

import app.capgo.supportdesk.wizard.ui.HomeView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The app shell: Lumo plus the app's own stylesheet (identity, colours, type scale), on every page,
 * in a light or dark scheme that follows the system setting. The home page, the guided flow's
 * steps and its verdict are plain HTML, so the first script carries no web component for them
 * (only the home page's dependencies are loaded at start); the web components of the other pages
 * (and of the verdict's draft form) load when a page needing them is first opened. In the root
 * package: it names the first page.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "description", content = "Answers from Capgo's documentation, and where to ask Capgo for support when they are not enough.")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@LoadDependenciesOnStartup(HomeView.class)
public class AppShell implements AppShellConfigurator {

    /** The app's own icon as the favicon (a browser asks for one on every page: no 404 in the console). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/logo.svg", "any");
    }
}
