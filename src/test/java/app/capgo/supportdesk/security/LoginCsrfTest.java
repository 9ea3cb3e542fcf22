package app.capgo.supportdesk.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in POST needs Spring's CSRF token: a forged cross-site login is refused, right password or not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginCsrfTest {

    private static final String PASSWORD = "a long csrf passphrase";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        registry.add("support.sales.users", () -> "erin:{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
    }

    @ParameterizedTest(name = "token ''{0}''")
    @ValueSource(strings = {"", "_csrf=bogus-token-0123456789&"})
    void a_sign_in_without_a_valid_csrf_token_is_refused_even_with_the_right_password(String token) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String form = token + "username=erin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("")).as("not sent on as signed in")
                .doesNotEndWith(":" + port + "/");

        // Whatever session the answer started is not signed in: the inbox still asks for the login.
        String cookie = response.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        HttpResponse<String> inbox = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sales"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
