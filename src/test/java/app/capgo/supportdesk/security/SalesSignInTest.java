package app.capgo.supportdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SalesSignInTest {

    static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        registry.add("support.sales.users", () -> "alice:" + hash + ",bob:" + hash);
        registry.add("support.sales.max-failed-logins", () -> "3");
    }

    @Autowired
    AuthenticationManager authentication;

    private Authentication login(String user, String password, String client) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(client);
        token.setDetails(new WebAuthenticationDetails(request));
        return authentication.authenticate(token);
    }

    @Test
    void a_configured_user_signs_in_with_the_sales_role() {
        Authentication signedIn = login("alice", PASSWORD, "10.9.0.1");
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_SALES");
    }

    @Test
    void a_wrong_password_or_unknown_user_is_refused() {
        assertThatThrownBy(() -> login("alice", "wrong", "10.9.0.2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("mallory", PASSWORD, "10.9.0.3")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void repeated_failures_lock_the_user_even_with_the_right_password() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login("bob", "guess", "10.9.1." + 1)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login("bob", PASSWORD, "10.9.2.1")).isInstanceOf(LockedException.class);
    }

    @Test
    void repeated_failures_from_one_client_lock_that_client_for_every_user() {
        for (int i = 0; i < 3; i++) {
            String user = "nobody" + i;
            assertThatThrownBy(() -> login(user, "guess", "10.9.3.3")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login("alice", PASSWORD, "10.9.3.3")).isInstanceOf(LockedException.class);
        assertThat(login("alice", PASSWORD, "10.9.3.4").isAuthenticated()).isTrue();
    }
}
