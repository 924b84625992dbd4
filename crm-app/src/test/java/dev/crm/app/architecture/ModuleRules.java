package dev.crm.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module rules of ARCHITECTURE.md, written once over a root package so they can be checked
 * against the product ({@code dev.crm}) and against deliberately broken fixtures
 * ({@code archfixture.crm}) which prove that each rule catches what it claims to.
 */
final class ModuleRules {

    /** Domain modules from left to right: each may use the ones to its left, never to its right. */
    static final List<String> DOMAIN_MODULES = List.of("customer", "loyalty", "complaint", "training");
    static final String CORE = "core";
    static final String APP = "app";
    static final String PLUGIN_API = "plugin";

    private final String root;

    ModuleRules(String root) {
        this.root = root;
    }

    List<ArchRule> all() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(modulesAreFreeOfCycles());
        rules.add(modulesUseEachOtherOnlyThroughApi());
        rules.add(coreDependsOnNoOtherModule());
        rules.addAll(domainModulesDependOnlyLeftward());
        rules.add(domainPackagesStayFreeOfWebAndPersistence());
        rules.add(controllersLiveInWebPackages());
        rules.add(onlyTheAppAndPluginsUsePf4j());
        rules.add(pluginApiDependsOnlyOnPf4jAndTheJdk());
        return rules;
    }

    ArchRule modulesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").namingSlices("module $1")
                .should().beFreeOfCycles()
                .as("modules are free of cycles");
    }

    ArchRule modulesUseEachOtherOnlyThroughApi() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other modules only through their api package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = moduleOf(origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            Optional<String> other = moduleOf(target);
                            if (other.isPresent() && !other.equals(own)
                                    && !isWithin(target, root + "." + other.get() + ".api")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .as("a module touches another only through its api package");
    }

    ArchRule coreDependsOnNoOtherModule() {
        List<String> others = new ArrayList<>();
        DOMAIN_MODULES.forEach(module -> others.add(root + "." + module + ".."));
        others.add(root + "." + APP + "..");
        others.add(root + "." + PLUGIN_API + "..");
        return noClasses().that().resideInAPackage(root + "." + CORE + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .as("core depends on no domain module, the app or the plugin API");
    }

    List<ArchRule> domainModulesDependOnlyLeftward() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < DOMAIN_MODULES.size(); i++) {
            List<String> forbidden = new ArrayList<>();
            DOMAIN_MODULES.subList(i + 1, DOMAIN_MODULES.size()).forEach(m -> forbidden.add(root + "." + m + ".."));
            forbidden.add(root + "." + APP + "..");
            forbidden.add(root + "." + PLUGIN_API + "..");
            String module = DOMAIN_MODULES.get(i);
            rules.add(noClasses().that().resideInAPackage(root + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as(module + " depends only on modules to its left (core <- customer <- loyalty <- complaint"
                            + " <- training)"));
        }
        return rules;
    }

    ArchRule domainPackagesStayFreeOfWebAndPersistence() {
        return noClasses().that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..",
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .as("domain packages do not depend on web or persistence packages or on Spring Web");
    }

    ArchRule controllersLiveInWebPackages() {
        return classes().that().resideInAPackage(root + "..")
                .and().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().resideInAPackage("..web..")
                .as("controllers live only in web packages");
    }

    ArchRule onlyTheAppAndPluginsUsePf4j() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + "." + APP + "..", root + "." + PLUGIN_API + "..",
                        root + ".channel..")
                .should().dependOnClassesThat().resideInAPackage("org.pf4j..")
                .as("nothing outside crm-app and the plugins depends on PF4J");
    }

    ArchRule pluginApiDependsOnlyOnPf4jAndTheJdk() {
        return classes().that().resideInAPackage(root + "." + PLUGIN_API + ".api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + "." + PLUGIN_API + ".api..",
                        "org.pf4j..", "java..")
                .as("the plugin API depends on nothing but PF4J and the JDK");
    }

    /** The module a package belongs to: the first segment below the root, if any. */
    private Optional<String> moduleOf(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isWithin(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
