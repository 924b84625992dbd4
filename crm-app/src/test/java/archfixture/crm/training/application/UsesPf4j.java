package archfixture.crm.training.application;

import org.pf4j.PluginManager;

/** Violates: nothing outside crm-app and the plugins depends on PF4J. */
public class UsesPf4j {
    PluginManager plugins;
}
