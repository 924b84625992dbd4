package dev.crm.core.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.NewStaffAccount;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.StaffDirectory;
import dev.crm.core.api.StaffMember;
import dev.crm.core.domain.PasswordPolicy;
import dev.crm.core.domain.StaffAccount;
import dev.crm.core.persistence.StaffAccountRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class StaffAccounts implements StaffDirectory {

    static final String RECORD_TYPE = "StaffAccount";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return accounts.findByUsername(username).map(StaffAccounts::toMember);
    }

    @Override
    public ResultPage<StaffMember> list(PageQuery query) {
        Page<StaffAccount> page = accounts.findAll(PageRequest.of(query.page(), query.size(), Sort.by("username")));
        return new ResultPage<>(page.getContent().stream().map(StaffAccounts::toMember).toList(), query.page(),
                query.size(), page.getTotalElements());
    }

    @Override
    public StaffMember open(NewStaffAccount request, String openedBy) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new InvalidInputException("username",
                    "must be 3-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        var problems = PasswordPolicy.check(request.password(), request.username()).stream()
                .map(problem -> new FieldViolation("password", problem))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StaffAccount account = StaffAccount.open(request.username(), passwordEncoder.encode(request.password()),
                request.displayName(), request.roles(), request.department(), clock.instant());
        StaffAccount saved;
        try {
            saved = accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new DuplicateRecordException("staff account", "username", request.username());
        }
        auditLog.record(new AuditEvent(openedBy, "staff.opened", RECORD_TYPE, saved.getId(),
                Map.of("username", saved.getUsername(), "roles", saved.getRoles().toString())));
        return toMember(saved);
    }

    static StaffMember toMember(StaffAccount account) {
        return new StaffMember(account.getId(), account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.getDepartment(), account.isEnabled(), account.getCreatedAt());
    }
}
