package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskTest {

    @Test
    void a_private_key_block_is_hidden_to_its_end() {
        var masked = SecretMask.mask("config:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1x\nabc+/=\n"
                + "-----END RSA PRIVATE KEY-----\nafter");
        assertThat(masked.text()).isEqualTo("config:\n[hidden private key]\nafter");
        assertThat(masked.hidden()).containsExactly(SecretMask.Kind.PRIVATE_KEY);
    }

    @Test
    void a_private_key_cut_off_in_a_paste_is_hidden_to_the_end_of_the_text() {
        assertThat(SecretMask.mask("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0").text())
                .isEqualTo("[hidden private key]");
    }

    @Test
    void tokens_whose_format_names_them_are_hidden_wherever_they_stand() {
        var masked = SecretMask.mask("git clone https://github.com/x/y with ghp_abcdefghijklmnopqrstuvwxyz0123456789 failed;"
                + " .npmrc has npm_abcdefghijklmnopqrstuvwxyz0123456789 and AKIAABCDEFGHIJKLMNOP");
        assertThat(masked.text()).doesNotContain("ghp_abc", "npm_abc", "AKIAABCD").contains("https://github.com/x/y")
                .contains("[hidden token]");
        assertThat(masked.hidden()).containsExactly(SecretMask.Kind.ACCESS_TOKEN, SecretMask.Kind.ACCESS_TOKEN,
                SecretMask.Kind.ACCESS_TOKEN);
        assertThat(SecretMask.mask("the ghp_ prefix and AKIA alone are words").hidden()).isEmpty();
    }

    @Test
    void bearer_tokens_url_passwords_cli_keys_and_named_secrets_are_hidden() {
        var masked = SecretMask.mask("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc\n"
                + "db: postgres://admin:s3cr3t-pw@db.example.com/app\n"
                + "npx @capgo/cli bundle upload --apikey ae4f8d2c-1b7e-4f0a-9c3d-5e6f7a8b9c0d\n"
                + "secret=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
                + "\"token\": \"ghp_16C7e42F292c6912E7710c838347Ae178B4a\"");
        assertThat(masked.text()).doesNotContain("eyJhbGciOiJIUzI1NiJ9", "s3cr3t-pw", "ae4f8d2c", "9f86d0818", "ghp_16C7e42F")
                .contains("Bearer [hidden]", "postgres://admin:[hidden]@db.example.com", "--apikey [hidden]",
                        "secret=[hidden]", "\"token\": \"[hidden token]\"");
        assertThat(masked.hidden()).containsExactly(SecretMask.Kind.BEARER_TOKEN, SecretMask.Kind.URL_PASSWORD,
                SecretMask.Kind.API_KEY, SecretMask.Kind.ACCESS_TOKEN, SecretMask.Kind.NAMED_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "E/CapacitorUpdater: bundle rejected keyMismatch (id 42)",
            "the token was refused, so I created a new key in the dashboard",
            "https://console.capgo.app/app/com.example.shop/channels",
            "version 7.2.0, @capgo/capacitor-updater 7.x, key: short",
            "password reset email never arrived"})
    void ordinary_text_stays_untouched(String text) {
        var masked = SecretMask.mask(text);
        assertThat(masked.text()).isEqualTo(text);
        assertThat(masked.hidden()).isEmpty();
    }
}
