package app.capgo.supportdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.capgo.supportdesk");

    @Test
    void the_policy_core_depends_only_on_the_jdk_and_nullness_annotations() {
        classes().that().resideInAPackage("app.capgo.supportdesk.policy..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("app.capgo.supportdesk.policy..", "java..", "org.jspecify..")
                .because("the policy core imports neither Vaadin nor Spring nor any other app package")
                .check(APP);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("app.capgo.supportdesk.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void repositories_are_used_by_services_only_never_by_views() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyBeAccessed().byClassesThat().resideOutsideOfPackage("..ui..")
                .because("views ask services, not repositories")
                .check(APP);
    }

    /**
     * Each module owns its tables: the sales module's follow-up tables are named in its own code only
     * (the inquiry module asks it to clear them with the {@code InquiryAnonymised} event).
     */
    @Test
    void the_sales_modules_tables_are_named_only_in_its_own_code() throws java.io.IOException {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java/app/capgo/supportdesk");
        try (var files = java.nio.file.Files.walk(main)) {
            var strangers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(main.resolve("sales")))
                    .filter(f -> {
                        try {
                            String text = java.nio.file.Files.readString(f);
                            return text.contains("inquiry_note") || text.contains("inquiry_status_change");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            org.assertj.core.api.Assertions.assertThat(strangers).isEmpty();
        }
    }
}
