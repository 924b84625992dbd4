package dev.crm.app.console.web.admin;

import dev.crm.app.channels.Channels;
import dev.crm.app.plugins.LoadedAdapter;
import dev.crm.app.plugins.PluginAdministration;
import dev.crm.app.plugins.PluginHost;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.RecordNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Installed plugins and the channel instances with their state; administrators switch a channel on
 * or off here (the same {@link Channels} calls, audit entries included, as the REST API), and disable,
 * enable or reload a whole plugin ({@link PluginAdministration}, as {@code /api/v1/plugins/{id}/...}).
 * A plugin operation that is refused (the plugin is gone, or did not start) comes back as a message on
 * the page.
 */
@Controller
class PluginsAdminController {

    static final String PATH = "/console/admin/plugins";

    private final PluginHost host;
    private final PluginAdministration administration;
    private final Channels channels;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    PluginsAdminController(PluginHost host, PluginAdministration administration, Channels channels,
                           CurrentStaff currentStaff, MessageSource messages) {
        this.host = host;
        this.administration = administration;
        this.channels = channels;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @PreAuthorize(AdminArea.READERS)
    String overview(Model model) {
        model.addAttribute("plugins", host.plugins().getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId)).map(this::installed).toList());
        model.addAttribute("channels", channels.list());
        return "console/admin/plugins";
    }

    @PostMapping("/console/admin/channels/{id}/enable")
    @PreAuthorize(AdminArea.WRITERS)
    String enable(@PathVariable String id, RedirectAttributes redirect) {
        channels.switchTo(id, true, currentStaff.username());
        redirect.addFlashAttribute("switchedOn", id);
        return "redirect:" + PATH;
    }

    @PostMapping("/console/admin/channels/{id}/disable")
    @PreAuthorize(AdminArea.WRITERS)
    String disable(@PathVariable String id, RedirectAttributes redirect) {
        channels.switchTo(id, false, currentStaff.username());
        redirect.addFlashAttribute("switchedOff", id);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/enable")
    @PreAuthorize(AdminArea.WRITERS)
    String enablePlugin(@PathVariable String id, RedirectAttributes redirect) {
        return operate(id, "enabled", redirect, () -> administration.enable(id, currentStaff.username()));
    }

    @PostMapping(PATH + "/{id}/disable")
    @PreAuthorize(AdminArea.WRITERS)
    String disablePlugin(@PathVariable String id, RedirectAttributes redirect) {
        return operate(id, "disabled", redirect, () -> administration.disable(id, currentStaff.username()));
    }

    @PostMapping(PATH + "/{id}/reload")
    @PreAuthorize(AdminArea.WRITERS)
    String reloadPlugin(@PathVariable String id, RedirectAttributes redirect) {
        return operate(id, "reloaded", redirect, () -> administration.reload(id, currentStaff.username()));
    }

    /**
     * Runs one plugin operation and says on the page how it went. Enabling or reloading should leave the
     * plugin started; when PF4J did not start it (refused for its Plugin-Requires, failing in start()) the
     * page says so with the host's reason rather than reporting success.
     */
    private String operate(String id, String done, RedirectAttributes redirect, Supplier<PluginWrapper> operation) {
        try {
            PluginWrapper plugin = operation.get();
            String state = host.stateOf(plugin);
            if (!"disabled".equals(done) && !"STARTED".equals(state)) {
                redirect.addFlashAttribute("pluginRefused", text("admin.plugins.not-started", id,
                        host.problemOf(plugin).orElse(stateName(state))));
            } else {
                redirect.addFlashAttribute("pluginDone", text("admin.plugins." + done, id,
                        plugin.getDescriptor().getVersion()));
            }
        } catch (RecordNotFoundException gone) {
            redirect.addFlashAttribute("pluginRefused", text("admin.plugins.unknown", id));
        } catch (PluginRuntimeException refused) {
            redirect.addFlashAttribute("pluginRefused", text("admin.plugins.refused", id,
                    String.valueOf(refused.getMessage())));
        }
        return "redirect:" + PATH;
    }

    private String stateName(String state) {
        return messages.getMessage("admin.plugin-state." + state, null, state, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private InstalledPlugin installed(PluginWrapper plugin) {
        var descriptor = plugin.getDescriptor();
        List<String> adapters = host.adapters().stream().filter(a -> a.pluginId().equals(plugin.getPluginId()))
                .map(LoadedAdapter::id).sorted().toList();
        return new InstalledPlugin(plugin.getPluginId(), descriptor.getVersion(), host.stateOf(plugin),
                descriptor.getPluginDescription(), descriptor.getProvider(), adapters,
                host.problemOf(plugin).orElse(null));
    }
}
