package dev.crm.app.channels;

/** Whether a channel instance works now, and if not, why. */
public enum ChannelState {
    /** Enabled, and a started plugin serves its adapter. */
    ACTIVE,
    /** Switched off by an administrator; its outbound messages wait. */
    DISABLED,
    /** Served by a loaded plugin but never configured: off until an administrator configures it. */
    UNCONFIGURED,
    /** Configured, but no started plugin serves its adapter (removed, disabled or failed). */
    ADAPTER_MISSING
}
