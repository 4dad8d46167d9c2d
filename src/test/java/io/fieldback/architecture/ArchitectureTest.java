package io.fieldback.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The module map, enforced. Each top-level package under {@code io.fieldback} is a feature module (or one of the
 * shared ones, {@code common} and {@code security}); the README's "Architecture" section draws who may call whom.
 */
class ArchitectureTest {

    private static final String ROOT = "io.fieldback";
    private static final String[] FEATURES = {"customer", "station", "visit", "sync", "complaint", "followup",
            "survey", "insights", "privacy", "limits", "warranty", "demo", "region", "clock", "notification", "dispatch", "storage", "announcement", "engineering", "maintenance", "booking", "campaign"};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages("security"))
                .check(MAIN);
    }

    @Test
    void securityDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".security..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(MAIN);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesInternals() {
        noClasses().should(accessAnotherModulesInternals()).check(MAIN);
    }

    /** A feature's entities are its own: other features read them through its services and views. */
    @Test
    void entitiesAreNotUsedOutsideTheirFeature() {
        noClasses().should(useAnotherModulesEntity()).check(MAIN);
    }

    /**
     * A module that has an internal package shows only its public face at the top (facade, views, enums, events):
     * its entities and resources live below.
     */
    @Test
    void splitModulesKeepEntitiesAndResourcesInternal() {
        java.util.Set<String> split = new java.util.TreeSet<>();
        MAIN.forEach(type -> {
            if (type.getPackageName().contains(".internal")) {
                split.add(moduleOf(type));
            }
        });
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("sit at the top of a split module " + split,
                (JavaClass type) -> split.contains(moduleOf(type)) && type.getPackageName().equals(ROOT + "." + moduleOf(type))))
                .should().beAnnotatedWith(Entity.class).orShould().beAnnotatedWith(jakarta.ws.rs.Path.class)
                .check(MAIN);
    }

    private static String[] featurePackages(String... alsoForbidden) {
        String[] packages = new String[FEATURES.length + alsoForbidden.length];
        for (int i = 0; i < FEATURES.length; i++) {
            packages[i] = ROOT + "." + FEATURES[i] + "..";
        }
        for (int i = 0; i < alsoForbidden.length; i++) {
            packages[FEATURES.length + i] = ROOT + "." + alsoForbidden[i] + "..";
        }
        return packages;
    }

    static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> accessAnotherModulesInternals() {
        return crossModuleDependency("reach into another module's internal package",
                target -> target.getPackageName().contains(".internal"));
    }

    private static ArchCondition<JavaClass> useAnotherModulesEntity() {
        return crossModuleDependency("use another module's entity",
                target -> target.isAnnotatedWith(Entity.class) && !"common".equals(moduleOf(target)));
    }

    private static ArchCondition<JavaClass> crossModuleDependency(String description,
            java.util.function.Predicate<JavaClass> forbiddenTarget) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String to = moduleOf(target);
                    if (from != null && to != null && !from.equals(to) && forbiddenTarget.test(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
