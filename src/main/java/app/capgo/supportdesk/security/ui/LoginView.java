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

    /**
     * The form posts to Spring Security, so a refused sign-in is a new page: the user name typed is
     * kept in the tab's session storage when the form is sent (never on the server, never in the
     * URL) and put back, with the focus on the password, after a refusal.
     */
    private static final String KEEP_USER_NAME = """
            const key = 'support-desk.login.username';
            this.addEventListener('login', e => sessionStorage.setItem(key, e.detail.username));
            const kept = sessionStorage.getItem(key);
            sessionStorage.removeItem(key);
            if ($0 && kept) {
                requestAnimationFrame(() => {
                    const name = this.querySelector('[name=username]');
                    const password = this.querySelector('vaadin-password-field, [name=password]');
                    if (name) { name.value = kept; }
                    if (password) { password.focus(); }
                });
            }""";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean refused = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(refused);
        form.getElement().executeJs(KEEP_USER_NAME, refused);
    }

    @Override
    public String titleKey() {
        return "login.heading";
    }
}
