package dev.crm.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule reports the deliberately broken classes in {@code archfixture.crm}: a rule that checks
 * nothing (a typo in a package pattern, say) would fail here.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final ModuleRules RULES = new ModuleRules("archfixture.crm");
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages("archfixture.crm");
    }

    @Test
    void aCycleBetweenModulesIsReported() {
        assertReports(RULES.modulesAreFreeOfCycles(), "PeeksIntoCustomer", "UsesLoyalty");
    }

    @Test
    void reachingIntoAnotherModulesInternalsIsReported() {
        assertReports(RULES.modulesUseEachOtherOnlyThroughApi(), "PeeksIntoCustomer");
    }

    @Test
    void usingAnotherModulesApiIsAllowed() {
        EvaluationResult result = RULES.modulesUseEachOtherOnlyThroughApi().evaluate(fixtures);
        assertThat(result.getFailureReport().getDetails()).noneMatch(line -> line.contains("UsesLoyalty"));
    }

    @Test
    void coreDependingOnADomainModuleIsReported() {
        assertReports(RULES.coreDependsOnNoOtherModule(), "CoreUsingCustomer");
    }

    @Test
    void aModuleUsingOneToItsRightIsReported() {
        ArchRule customerRule = RULES.domainModulesDependOnlyLeftward().get(0);
        assertReports(customerRule, "UsesLoyalty");
    }

    @Test
    void aDomainClassUsingWebOrPersistenceIsReported() {
        assertReports(RULES.domainPackagesStayFreeOfWebAndPersistence(), "CustomerAggregate", "HttpAwareValue");
    }

    @Test
    void aControllerOutsideWebIsReported() {
        assertReports(RULES.controllersLiveInWebPackages(), "MisplacedController");
    }

    @Test
    void aDomainModuleUsingPf4jIsReported() {
        assertReports(RULES.onlyTheAppAndPluginsUsePf4j(), "UsesPf4j");
    }

    @Test
    void aPluginApiClassUsingSpringIsReported() {
        assertReports(RULES.pluginApiDependsOnlyOnPf4jAndTheJdk(), "LeakyAdapter");
    }

    private static void assertReports(ArchRule rule, String... violators) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as("rule '%s' reports a violation", rule.getDescription()).isTrue();
        for (String violator : violators) {
            assertThat(result.getFailureReport().getDetails())
                    .as("rule '%s' names %s", rule.getDescription(), violator)
                    .anyMatch(line -> line.contains(violator));
        }
    }
}
