package dev.crm.plugin.api;

/**
 * The version of this SDK. The host refuses plugins whose {@code Plugin-Requires} range excludes it;
 * declare {@code Plugin-Requires: >=1.0.0 & <2.0.0} to accept every compatible 1.x host.
 */
public final class PluginApi {

    /** Semantic version: minor releases add, major releases may break. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
