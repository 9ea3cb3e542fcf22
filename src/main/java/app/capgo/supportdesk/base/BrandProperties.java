package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The look a deployment gives the desk ({@code support.brand.*}): the name in the header (empty:
 * the app's own name, translated), the logo's address (the project ships a logo of its own, never
 * Capgo's trademarks: a deployment by Capgo points this at its own), and the primary colour as a
 * CSS colour (empty: the app's indigo, with its dark-scheme tones).
 */
@ConfigurationProperties("support.brand")
public record BrandProperties(@DefaultValue("") String name, @DefaultValue("icons/logo.svg") String logo,
                              @DefaultValue("") String primaryColor) {

    /** A hex colour or a plain CSS function of numbers: nothing that could close the style it is put in. */
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla|oklch)\\([0-9.,%/ a-z]*\\)");

    public BrandProperties {
        if (!primaryColor.isBlank() && !COLOUR.matcher(primaryColor.strip()).matches()) {
            throw new IllegalArgumentException("support.brand.primary-color must be a hex colour such as #3b45d6 or a"
                    + " colour function such as hsl(237, 70%, 54%), not: " + primaryColor);
        }
    }

    /** The configured name, if any. */
    public Optional<String> configuredName() {
        return name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    /** The configured primary colour, if any. */
    public Optional<String> configuredColour() {
        return primaryColor.isBlank() ? Optional.empty() : Optional.of(primaryColor.strip());
    }
}
