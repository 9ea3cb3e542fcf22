package app.capgo.supportdesk.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInSessionTimeoutTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void signing_in_gives_the_visitors_short_session_the_full_timeout() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession(true).setMaxInactiveInterval(600);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        new SignedInSessionTimeout(Duration.ofMinutes(30)).signedIn(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("dana", "x", AuthorityUtils.createAuthorityList("ROLE_SALES"))));

        assertThat(request.getSession(false).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }
}
