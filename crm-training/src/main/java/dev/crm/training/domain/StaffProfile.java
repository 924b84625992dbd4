package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person in the service organisation, keyed by their core staff account's username: their job,
 * department, supervisor (another profile), hire date and skills. The supervisor links form the
 * reporting lines that the privacy rules follow, so they must never loop.
 */
@Document("training_staff_profiles")
public class StaffProfile {

    static final int MAX_SKILLS = 50;
    /** Far deeper than any organisation; a guard against a loop written behind our back. */
    static final int MAX_CHAIN = 1_000;

    @Id
    private final String username;
    private StaffRole role;
    @Indexed
    private String departmentCode;
    @Indexed
    private String supervisor;
    private LocalDate hireDate;
    private List<String> skills;
    private final Instant createdAt;
    private final String createdBy;
    private Instant changedAt;
    private String changedBy;
    @Version
    private Long version;

    StaffProfile(String username, StaffRole role, String departmentCode, String supervisor, LocalDate hireDate,
                 List<String> skills, Instant createdAt, String createdBy, Instant changedAt, String changedBy,
                 Long version) {
        this.username = username;
        this.role = role;
        this.departmentCode = departmentCode;
        this.supervisor = supervisor;
        this.hireDate = hireDate;
        this.skills = skills == null ? List.of() : List.copyOf(skills);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.version = version;
    }

    /**
     * @param supervisorOf the current supervisor of a profile, for the loop check
     */
    public static StaffProfile create(String username, Details details, Function<String, Optional<String>> supervisorOf,
                                      String by, Instant at) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "is required");
        }
        StaffProfile profile = new StaffProfile(username.strip(), null, null, null, null, List.of(), at, by, at, by,
                null);
        profile.apply(details, supervisorOf);
        return profile;
    }

    public void change(Details details, Function<String, Optional<String>> supervisorOf, String by, Instant at) {
        apply(details, supervisorOf);
        this.changedAt = at;
        this.changedBy = by;
    }

    private void apply(Details details, Function<String, Optional<String>> supervisorOf) {
        List<FieldViolation> missing = new ArrayList<>();
        if (details.role() == null) {
            missing.add(new FieldViolation("role", "is required"));
        }
        if (details.departmentCode() == null || details.departmentCode().isBlank()) {
            missing.add(new FieldViolation("departmentCode", "is required"));
        }
        if (details.hireDate() == null) {
            missing.add(new FieldViolation("hireDate", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        String proposed = details.supervisor() == null || details.supervisor().isBlank() ? null
                : details.supervisor().strip();
        checkNoLoop(username, proposed, supervisorOf);
        this.role = details.role();
        this.departmentCode = Codes.normalise(details.departmentCode());
        this.supervisor = proposed;
        this.hireDate = details.hireDate();
        this.skills = skills(details.skills());
    }

    /**
     * Walks up from the proposed supervisor: reaching this person again would close a loop in the
     * reporting lines (A supervises B supervises A), which the privacy rules could never resolve.
     */
    static void checkNoLoop(String username, String proposed, Function<String, Optional<String>> supervisorOf) {
        Set<String> seen = new HashSet<>();
        String at = proposed;
        while (at != null) {
            if (at.equals(username)) {
                throw new BusinessRuleViolationException("Reporting lines cannot loop",
                        List.of(new FieldViolation("supervisor", proposed.equals(username)
                                ? "a person cannot supervise themselves"
                                : proposed + " reports to " + username + " already")));
            }
            if (!seen.add(at) || seen.size() > MAX_CHAIN) {
                return; // a loop above us, not through us: not this change's doing
            }
            at = supervisorOf.apply(at).orElse(null);
        }
    }

    private static List<String> skills(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> skills = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String skill = given.get(i);
            if (skill == null || skill.isBlank() || skill.strip().length() > 64) {
                throw new InvalidInputException("skills[" + i + "]", "must be 1-64 characters");
            }
            skills.add(skill.strip().toLowerCase(Locale.ROOT));
        }
        if (skills.size() > MAX_SKILLS) {
            throw new InvalidInputException("skills", "at most " + MAX_SKILLS + " skills");
        }
        return List.copyOf(skills);
    }

    /** What HR records about a person. */
    public record Details(StaffRole role, String departmentCode, String supervisor, LocalDate hireDate,
                          List<String> skills) {
    }

    public String username() {
        return username;
    }

    public StaffRole role() {
        return role;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Optional<String> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    public LocalDate hireDate() {
        return hireDate;
    }

    public List<String> skills() {
        return skills;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Long version() {
        return version;
    }
}
