package app.capgo.supportdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Path;

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
                .containsExactlyInAnyOrder("base", "policy", "wizard", "sla", "inquiry", "sales", "security");
    }

    @Test
    void the_module_documentation_is_written_to_docs_modules() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        assertThat(Path.of("docs/modules/components.puml")).isNotEmptyFile();
        assertThat(Path.of("docs/modules/module-inquiry.adoc")).isNotEmptyFile();
    }
}
