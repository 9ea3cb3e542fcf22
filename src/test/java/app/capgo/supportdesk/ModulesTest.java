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
                .containsExactlyInAnyOrder("base", "policy", "wizard", "sla", "inquiry", "sales", "security", "docs");
    }

    @Test
    void the_module_documentation_is_written_to_docs_modules() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        sortRelations(Path.of("docs/modules"));
        assertThat(Path.of("docs/modules/components.puml")).isNotEmptyFile();
        assertThat(Path.of("docs/modules/module-inquiry.adoc")).isNotEmptyFile();
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
