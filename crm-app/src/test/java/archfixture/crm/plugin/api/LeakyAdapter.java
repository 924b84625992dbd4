package archfixture.crm.plugin.api;

import org.springframework.context.ApplicationContext;

/** Violates: the plugin API depends on nothing but PF4J and the JDK. */
public class LeakyAdapter {
    ApplicationContext context;
}
