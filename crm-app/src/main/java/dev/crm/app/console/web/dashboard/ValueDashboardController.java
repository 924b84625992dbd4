package dev.crm.app.console.web.dashboard;

import dev.crm.customer.api.ValueDistribution;
import dev.crm.customer.api.ValueDistribution.ClvBin;
import dev.crm.customer.api.ValueDistribution.Distribution;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.ObjectMapper;

/** How value is spread over the customers: the CLV histogram, customers per tier and per lifecycle stage. */
@Controller
class ValueDashboardController {

    static final String PATH = "/console/dashboards/value";
    private static final int BINS = 10;

    private final ValueDistribution values;
    private final MessageSource messages;
    private final ObjectMapper json;

    ValueDashboardController(ValueDistribution values, MessageSource messages, ObjectMapper json) {
        this.values = values;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(PATH)
    @PreAuthorize(DashboardArea.READERS)
    String dashboard(Model model) {
        Distribution distribution = values.distribution(BINS);
        List<String> binLabels = distribution.clv().stream().map(ValueDashboardController::binLabel).toList();
        String customers = text("dashboard.value.customers");
        model.addAttribute("distribution", distribution);
        model.addAttribute("clvChart", json.writeValueAsString(Chart.bar("count", binLabels,
                List.of(new Chart.Dataset(customers, distribution.clv().stream().map(ClvBin::customers).toList())))));
        model.addAttribute("tierChart", json.writeValueAsString(Chart.bar("count",
                distribution.tiers().stream().map(t -> text("dashboard.tier." + (t.tier() == null ? "NONE" : t.tier())))
                        .toList(),
                List.of(new Chart.Dataset(customers,
                        distribution.tiers().stream().map(ValueDistribution.TierCount::customers).toList())))));
        model.addAttribute("stageChart", json.writeValueAsString(Chart.bar("count",
                distribution.stages().stream()
                        .map(s -> text("dashboard.stage." + (s.stage() == null ? "NONE" : s.stage()))).toList(),
                List.of(new Chart.Dataset(customers,
                        distribution.stages().stream().map(ValueDistribution.StageCount::customers).toList())))));
        return "console/dashboard/value";
    }

    private static String binLabel(ClvBin bin) {
        return bin.lower().toPlainString() + "\u2013" + bin.upper().toPlainString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
