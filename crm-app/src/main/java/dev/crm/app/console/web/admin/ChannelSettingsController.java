package dev.crm.app.console.web.admin;

import dev.crm.app.channels.Channels;
import dev.crm.app.channels.Channels.ChannelView;
import dev.crm.app.console.FormErrors;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One channel's settings. Secrets are listed by name only, masked; a new value is written, never read
 * back. The checks are the channel registry's, as for the REST API's {@code PUT /api/v1/channels/{id}}.
 */
@Controller
class ChannelSettingsController {

    static final String PATH = "/console/admin/channels/{id}";
    private static final String VIEW = "console/admin/channel";

    private final Channels channels;
    private final CurrentStaff currentStaff;

    ChannelSettingsController(Channels channels, CurrentStaff currentStaff) {
        this.channels = channels;
        this.currentStaff = currentStaff;
    }

    @GetMapping(PATH)
    @PreAuthorize(AdminArea.READERS)
    String show(@PathVariable String id, Model model) {
        ChannelView channel = channels.get(id);
        model.addAttribute("form", ChannelSettingsForm.of(channel));
        model.addAttribute("channel", channel);
        return VIEW;
    }

    @PostMapping(PATH)
    @PreAuthorize(AdminArea.WRITERS)
    String save(@PathVariable String id, @ModelAttribute("form") ChannelSettingsForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        ChannelView channel = channels.get(id);
        Map<String, String> settings = settings(form.settings(), result);
        Map<String, String> secrets = new LinkedHashMap<>();
        String secretName = form.secretName() == null ? "" : form.secretName().strip();
        String secretValue = form.secretValue() == null ? "" : form.secretValue();
        if (!secretName.isEmpty() && secretValue.isEmpty()) {
            result.rejectValue("secretValue", "admin.channel.secret-value-missing");
        } else if (secretName.isEmpty() && !secretValue.isEmpty()) {
            result.rejectValue("secretName", "admin.channel.secret-name-missing");
        } else if (!secretName.isEmpty()) {
            secrets.put(secretName, secretValue);
        }
        if (form.removeSecrets() != null) {
            // An empty value removes a secret (the API's rule).
            form.removeSecrets().forEach(name -> secrets.putIfAbsent(name, ""));
        }
        if (!result.hasErrors()) {
            try {
                channels.configure(id, null, form.enabled(), settings, secrets, currentStaff.username());
                redirect.addFlashAttribute("saved", id);
                return "redirect:" + PATH.replace("{id}", id);
            } catch (InvalidInputException e) {
                FormErrors.reject(result, onFormFields(e));
            }
        }
        // The page never fills in the secret's box, so a refused form does not echo it.
        model.addAttribute("channel", channel);
        return VIEW;
    }

    /** {@code key=value} per line; a line without {@code =} is refused for the settings box. */
    private static Map<String, String> settings(String text, BindingResult result) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (text == null) {
            return settings;
        }
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                result.rejectValue("settings", "admin.channel.settings-line", new Object[] {lineNumber}, null);
                continue;
            }
            settings.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return settings;
    }

    /** The registry names {@code settings.<key>} and {@code secrets.<key>}; the form has one box for each. */
    private static InvalidInputException onFormFields(InvalidInputException refusal) {
        return new InvalidInputException(refusal.violations().stream().map(v -> {
            String field = v.field() == null ? null
                    : v.field().startsWith("settings") ? "settings"
                    : v.field().startsWith("secrets") ? "secretName" : v.field();
            return new FieldViolation(field, v.message());
        }).toList());
    }
}
