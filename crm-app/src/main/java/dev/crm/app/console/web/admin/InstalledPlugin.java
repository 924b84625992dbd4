package dev.crm.app.console.web.admin;

import java.util.List;

/** A loaded plugin as the admin page lists it, with the channel adapters it serves. */
record InstalledPlugin(String id, String version, String state, String description, String provider,
                       List<String> channelAdapters, String failure) {
}
