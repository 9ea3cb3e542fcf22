package app.capgo.supportdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
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
    void no_bean_of_the_app_depends_on_a_condition_or_a_profile() {
        noClasses().should().beMetaAnnotatedWith(org.springframework.context.annotation.Conditional.class)
                .orShould().beAnnotatedWith(org.springframework.context.annotation.Profile.class)
                .because("the production jar is processed by Spring AOT, which evaluates conditions and profiles at"
                        + " build time: a choice made from the environment belongs in the bean's code (see MailServer)")
                .check(APP);
        noMethods().should().beMetaAnnotatedWith(org.springframework.context.annotation.Conditional.class)
                .orShould().beAnnotatedWith(org.springframework.context.annotation.Profile.class)
                .because("the same holds for a bean method").check(APP);
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

    @Test
    void views_reach_no_data_directly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().belongToAnyOf(org.springframework.jdbc.core.simple.JdbcClient.class,
                        org.springframework.jdbc.core.JdbcTemplate.class, jakarta.persistence.EntityManager.class,
                        javax.sql.DataSource.class)
                .because("data is reached one way per kind of work, behind its module's own class: JPA repositories"
                        + " for aggregates, JdbcClient for counters and set-based statements")
                .check(APP);
    }

    /** The tables each module owns, by the module's package (Flyway's and Modulith's own tables aside). */
    private static final java.util.Map<String, java.util.List<String>> TABLES = java.util.Map.of(
            "inquiry", java.util.List.of("mail_delivery"),
            "sales", java.util.List.of("inquiry_note", "inquiry_status_change"),
            "base", java.util.List.of("rate_counter", "counter_secret", "storage_probe"),
            "security", java.util.List.of("sales_user"),
            "insights", java.util.List.of("insight_count", "content_gap"));

    /**
     * Each module owns its tables: they are named in its own code only (the inquiry module asks the
     * sales module to clear its notes with the {@code InquiryAnonymised} event). The {@code inquiry}
     * table is the inquiry module's aggregate, reached through its JPA entity.
     */
    @Test
    void each_modules_tables_are_named_only_in_its_own_code() throws java.io.IOException {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java/app/capgo/supportdesk");
        java.util.List<java.nio.file.Path> sources;
        try (var files = java.nio.file.Files.walk(main)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        java.util.List<String> strangers = new java.util.ArrayList<>();
        for (java.nio.file.Path source : sources) {
            String text = java.nio.file.Files.readString(source);
            TABLES.forEach((module, tables) -> tables.stream()
                    .filter(table -> !source.startsWith(main.resolve(module))
                            && java.util.regex.Pattern.compile("\\b" + table + "\\b").matcher(text).find())
                    .forEach(table -> strangers.add(main.relativize(source) + " names " + table)));
        }
        org.assertj.core.api.Assertions.assertThat(strangers).isEmpty();
        org.assertj.core.api.Assertions.assertThat(sources).as("the rule reads the sources").hasSizeGreaterThan(100);
    }
}
