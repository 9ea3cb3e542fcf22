package app.capgo.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * One environment variable per setting: the README's configuration table names, for each property,
 * exactly one variable, and Spring Boot's own binder reads that variable as that property; the
 * properties files give no setting a second name through a {@code ${VARIABLE:default}} placeholder.
 */
class ConfigurationNamesTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ALIAS = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:");

    @Test
    void the_properties_files_give_no_setting_a_second_name() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            List<Path> properties = files.filter(file -> file.getFileName().toString().matches("application.*\\.properties"))
                    .toList();
            assertThat(properties).hasSizeGreaterThanOrEqualTo(2);
            for (Path file : properties) {
                assertThat(Files.readAllLines(file)).as(file.toString())
                        .noneMatch(line -> !line.startsWith("#") && ALIAS.matcher(line).find());
            }
        }
    }

    @Test
    void every_variable_of_the_readme_binds_to_the_property_of_its_row_and_each_property_has_one() throws IOException {
        List<String[]> rows = configurationRows();
        assertThat(rows).hasSizeGreaterThan(40);
        for (String[] row : rows) {
            List<String> properties = properties(row[0]);
            List<String> variables = codes(row[1]).stream().filter(name -> name.matches("[A-Z][A-Z0-9_]*")).toList();
            assertThat(variables).as("variables of " + row[0]).hasSize(properties.size());
            for (int i = 0; i < properties.size(); i++) {
                assertThat(bound(variables.get(i), properties.get(i))).as(variables.get(i) + " sets " + properties.get(i))
                        .isEqualTo("x");
            }
        }
    }

    /** What Spring Boot binds to {@code property} from an environment that has only {@code variable=x}. */
    private static String bound(String variable, String property) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(variable, "x")));
        return new Binder(ConfigurationPropertySources.from(sources)).bind(property, Bindable.of(String.class))
                .orElse("(not bound)");
    }

    /** The table's properties: "`support.docs.concurrency` / `page-timeout`" names two of one prefix. */
    private static List<String> properties(String cell) {
        List<String> properties = new ArrayList<>();
        String prefix = "";
        for (String name : codes(cell)) {
            if (name.contains("*")) {
                continue;
            }
            if (name.contains(".")) {
                prefix = name.substring(0, name.lastIndexOf('.') + 1);
                properties.add(name);
            } else {
                properties.add(prefix + name);
            }
        }
        return properties;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static List<String[]> configurationRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Configuration");
        assertThat(start).isNotNegative();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                rows.add(new String[] {cells[1], cells[2]});
            }
        }
        return rows;
    }
}
