package dev.crm.app.console.web.admin;

import dev.crm.app.channels.Channels;
import dev.crm.app.plugins.LoadedAdapter;
import dev.crm.app.plugins.PluginHost;
import dev.crm.core.api.CurrentStaff;
import java.util.Comparator;
import java.util.List;
import org.pf4j.PluginWrapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Installed plugins and the channel instances with their state; administrators switch a channel on
 * or off here (the same {@link Channels} calls, audit entries included, as the REST API).
 */
@Controller
class PluginsAdminController {

    static final String PATH = "/console/admin/plugins";

    private final PluginHost host;
    private final Channels channels;
    private final CurrentStaff currentStaff;

    PluginsAdminController(PluginHost host, Channels channels, CurrentStaff currentStaff) {
        this.host = host;
        this.channels = channels;
        this.currentStaff = currentStaff;
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

    private InstalledPlugin installed(PluginWrapper plugin) {
        var descriptor = plugin.getDescriptor();
        List<String> adapters = host.adapters().stream().filter(a -> a.pluginId().equals(plugin.getPluginId()))
                .map(LoadedAdapter::id).sorted().toList();
        return new InstalledPlugin(plugin.getPluginId(), descriptor.getVersion(), host.stateOf(plugin),
                descriptor.getPluginDescription(), descriptor.getProvider(), adapters,
                host.problemOf(plugin).orElse(null));
    }
}
