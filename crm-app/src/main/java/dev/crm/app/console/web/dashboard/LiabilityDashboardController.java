package dev.crm.app.console.web.dashboard;

import dev.crm.app.console.FormErrors;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.InvalidInputException;
import dev.crm.loyalty.api.PointsFinance;
import dev.crm.loyalty.api.PointsFinance.Liability;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.ObjectMapper;

/** What the loyalty programme owes: outstanding points by the month they expire, and the redemption rate. */
@Controller
class LiabilityDashboardController {

    static final String PATH = "/console/dashboards/liability";

    private final PointsFinance finance;
    private final BusinessTimeZone zone;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;

    LiabilityDashboardController(PointsFinance finance, BusinessTimeZone zone, MessageSource messages,
                                 ObjectMapper json, Clock clock) {
        this.finance = finance;
        this.zone = zone;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(DashboardArea.READERS)
    String dashboard(@ModelAttribute("form") RedemptionFilter form, BindingResult result, Model model) {
        Liability liability = finance.liability(clock.instant());
        model.addAttribute("liability", liability);
        model.addAttribute("liabilityChart", json.writeValueAsString(Chart.bar("count",
                liability.months().stream().map(m -> m.month().toString()).toList(),
                List.of(new Chart.Dataset(messages.getMessage("dashboard.liability.points", null,
                        LocaleContextHolder.getLocale()),
                        liability.months().stream().map(Liability.Month::points).toList())))));
        if (result.hasErrors()) {
            return "console/dashboard/liability";
        }
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        LocalDate to = form.to() == null ? today : form.to();
        LocalDate from = form.from() == null ? to.minusYears(1).plusDays(1) : form.from();
        try {
            model.addAttribute("redemption", finance.redemptionRate(from, to));
        } catch (InvalidInputException refused) {
            FormErrors.reject(result, refused);
        }
        return "console/dashboard/liability";
    }
}
