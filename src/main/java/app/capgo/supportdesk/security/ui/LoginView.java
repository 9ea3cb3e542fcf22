package app.capgo.supportdesk.security.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.TitledView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for sales on {@code /login}, in the user's language. */
@Route(Routes.LOGIN)
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction(Routes.LOGIN);
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.intro")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String titleKey() {
        return "login.heading";
    }
}
