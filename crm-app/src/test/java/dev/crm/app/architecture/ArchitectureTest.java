package dev.crm.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product obeys every module rule of ARCHITECTURE.md. */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.crm");
    }

    static Stream<ArchRule> rules() {
        return new ModuleRules("dev.crm").all().stream();
    }

    @Test
    void everyModuleIsActuallyImported() {
        // Guards against rules passing vacuously because a module's classes were not on the path.
        for (String module : new String[] {"core", "customer", "loyalty", "complaint", "training", "plugin", "app"}) {
            assertThat(product.stream().anyMatch(c -> c.getPackageName().startsWith("dev.crm." + module + ".")))
                    .as("classes of module %s imported", module)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theProductObeys(ArchRule rule) {
        rule.check(product);
    }
}
