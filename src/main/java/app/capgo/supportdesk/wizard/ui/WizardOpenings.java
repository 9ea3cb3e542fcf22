package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.FirstPaintOpening;
import app.capgo.supportdesk.wizard.DeepLink;
import app.capgo.supportdesk.wizard.StatusFeed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import java.util.Optional;

/** The first paint of the home page and of the support flow's steps and verdicts. */
@org.springframework.stereotype.Component
class WizardOpenings implements FirstPaintOpening {

    private final StatusFeed statusFeed;

    WizardOpenings(StatusFeed statusFeed) {
        this.statusFeed = statusFeed;
    }

    @Override
    public Optional<Component> opening(String path, QueryParameters parameters) {
        if (Routes.HOME.equals(path)) {
            return Optional.of(FirstPaintOpening.page("home-view", HomeView.opening(UI.getCurrent()::getTranslation)));
        }
        if (Routes.SUPPORT.equals(path)) {
            return Optional.of(SupportView.opening(DeepLink.parse(parameters.getParameters()), statusFeed.cached()));
        }
        return Optional.empty();
    }
}
