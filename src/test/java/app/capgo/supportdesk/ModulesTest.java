package app.capgo.supportdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The features are Spring Modulith modules: the build verifies their boundaries and documents them. */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SupportDeskApplication.class);

    @Test
    void modules_use_each_other_only_through_their_published_types_and_form_no_cycle() {
        MODULES.verify();
    }

    @Test
    void the_modules_are_the_features_of_the_readme() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("base", "policy", "wizard", "sla", "inquiry", "sales", "security", "docs", "insights");
    }

    /** Where the documentation is written: {@code target/modules}, or {@code -Dmodules.docs=docs/modules} to refresh it. */
    private static final Path OUTPUT = Path.of(System.getProperty("modules.docs", "target/modules"));
    private static final Path TRACKED = Path.of("docs/modules");

    /**
     * Writes the module documentation under {@code target/} (a test run never changes tracked files)
     * and checks that {@code docs/modules/} says the same: when the modules change, refresh it with
     * {@code ./mvnw -B test -Dtest=ModulesTest -Dmodules.docs=docs/modules}.
     */
    @Test
    void the_module_documentation_in_docs_modules_is_current() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString())).writeDocumentation();
        sortRelations(OUTPUT);
        assertThat(OUTPUT.resolve("components.puml")).isNotEmptyFile();
        assertThat(OUTPUT.resolve("module-inquiry.adoc")).isNotEmptyFile();
        try (Stream<Path> written = Files.list(OUTPUT)) {
            for (Path file : written.toList()) {
                assertThat(TRACKED.resolve(file.getFileName())).as("docs/modules is stale: refresh it with"
                        + " ./mvnw -B test -Dtest=ModulesTest -Dmodules.docs=docs/modules").hasSameTextualContentAs(file);
            }
        }
    }

    /**
     * The Documenter writes a diagram's relations in no stable order: sorted, the files change only
     * when the modules do, not at every test run.
     */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> diagrams = Files.list(folder)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(diagram);
                List<String> relations = new ArrayList<>(lines.stream().filter(l -> l.startsWith("Rel(")).toList());
                relations.sort(null);
                List<String> sorted = new ArrayList<>();
                int next = 0;
                for (String line : lines) {
                    sorted.add(line.startsWith("Rel(") ? relations.get(next++) : line);
                }
                Files.write(diagram, sorted);
            }
        }
    }
}
