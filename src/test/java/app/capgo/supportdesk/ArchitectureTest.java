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
}
