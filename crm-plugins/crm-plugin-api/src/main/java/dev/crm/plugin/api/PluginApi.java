package dev.crm.plugin.api;

/**
 * The version of this SDK. The host runs PF4J with this as its system version, so a plugin whose
 * {@code Plugin-Requires} range excludes it is not started. Declare
 * {@code Plugin-Requires: >=1.0.0 & <2.0.0} to run on every 1.x host.
 */
public final class PluginApi {

    /** Semantic version: minor releases only add, a major release may break plugins. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
