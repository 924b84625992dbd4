package dev.crm.core.application;

import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.NewStaffAccount;
import dev.crm.core.api.Role;
import dev.crm.core.persistence.StaffAccountRepository;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh installation can be signed into: on first start it opens {@code admin} with
 * the configured password, or with a random one that is printed to the log this one time only.
 */
@Component
class AdminAccountBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffAccountRepository accounts;
    private final StaffAccounts staffAccounts;
    private final SecurityProperties properties;

    AdminAccountBootstrap(StaffAccountRepository accounts, StaffAccounts staffAccounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.staffAccounts = staffAccounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByUsername(ADMIN)) {
            return;
        }
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? randomPassword() : properties.adminPassword();
        try {
            staffAccounts.open(new NewStaffAccount(ADMIN, password, "Administrator", Set.of(Role.ADMIN), null), "system");
        } catch (DuplicateRecordException anotherNodeWasFaster) {
            return;
        } catch (InvalidInputException weak) {
            throw new IllegalStateException("CRM_ADMIN_PASSWORD does not meet the password policy: "
                    + weak.violations().stream().map(v -> v.message()).toList());
        }
        if (generated) {
            log.warn("Created the initial 'admin' account with the generated password: {}  "
                    + "(shown only this once; set CRM_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("Created the initial 'admin' account with the password from CRM_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        while (password.length() < 20) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // Guarantees the letter-and-digit rule of the policy whatever the draw.
        return password.append("7a").toString();
    }
}
