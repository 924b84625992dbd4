package dev.crm.app.console.web.loyalty;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The loyalty entry of the navigation: for the roles the loyalty API lets read a statement. */
@Configuration(proxyBeanMethods = false)
class LoyaltyArea {

    /** PointsAccountController's statement. */
    static final String STATEMENT_READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')";
    /** PointsAccountController's MAY_POST for ADJUST: a manual correction. */
    static final String ADJUSTERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";
    /** PointsAccountController's MAY_POST for REDEEM. */
    static final String REDEEMERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'INTEGRATOR')";

    @Bean
    ConsoleArea loyaltyAccounts() {
        return ConsoleArea.of(AccountLookupController.PATH, "loyalty.nav.accounts", 400, Role.ADMIN, Role.SUPERVISOR,
                Role.AGENT, Role.ANALYST);
    }
}
