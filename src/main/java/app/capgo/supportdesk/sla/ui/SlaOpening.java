package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.FirstPaintOpening;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import java.util.Optional;

/** {@code /sla}'s first paint: its title and what it answers. */
@org.springframework.stereotype.Component
class SlaOpening implements FirstPaintOpening {

    @Override
    public Optional<com.vaadin.flow.component.Component> opening(String path, QueryParameters parameters) {
        if (!Routes.SLA.equals(path)) {
            return Optional.empty();
        }
        return Optional.of(FirstPaintOpening.page("sla-view", SlaView.opening(UI.getCurrent()::getTranslation)));
    }
}
