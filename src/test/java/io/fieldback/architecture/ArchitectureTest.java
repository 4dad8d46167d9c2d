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

    /**
     * Features whose entities or resources still sit at the top of the package, each with its reason. Remove an
     * entry when its feature is split ({@link #pendingExceptionsAreStillNeeded} says when).
     */
    private static final java.util.Map<String, String> TOP_LEVEL_ENTITY_OR_RESOURCE_PENDING = java.util.Map.of();

    /**
     * Every feature (and security) keeps its entities and JAX-RS resources in its internal package: the top holds
     * only its public face. {@code common} is not a feature: its outbox and idempotency tables serve every module.
     */
    @Test
    void noFeatureHasEntitiesOrResourcesAtItsTop() {
        noClasses().that(atTheTopOfAFeature(TOP_LEVEL_ENTITY_OR_RESOURCE_PENDING.keySet()))
                .should().beAnnotatedWith(Entity.class).orShould().beAnnotatedWith(jakarta.ws.rs.Path.class)
                .check(MAIN);
    }

    /** An exception above that no longer excuses anything must go, so the rule covers that feature again. */
    @Test
    void pendingExceptionsAreStillNeeded() {
        TOP_LEVEL_ENTITY_OR_RESOURCE_PENDING.keySet().forEach(feature -> {
            boolean needed = MAIN.stream().anyMatch(type -> type.getPackageName().equals(ROOT + "." + feature)
                    && (type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(jakarta.ws.rs.Path.class)));
            org.junit.jupiter.api.Assertions.assertTrue(needed, "'" + feature
                    + "' has no entity or resource at its top any more: remove it from TOP_LEVEL_ENTITY_OR_RESOURCE_PENDING");
        });
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> atTheTopOfAFeature(
            java.util.Set<String> except) {
        java.util.Set<String> features = new java.util.TreeSet<>(java.util.List.of(FEATURES));
        features.add("security");
        features.removeAll(except);
        return com.tngtech.archunit.base.DescribedPredicate.describe("sit at the top of a feature " + features,
                (JavaClass type) -> features.contains(moduleOf(type))
                        && type.getPackageName().equals(ROOT + "." + moduleOf(type)));
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
