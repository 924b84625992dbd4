package dev.crm.training.domain;

import dev.crm.training.api.OrgTier;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit of the service organisation: a department (customer service, quality management,
 * operations support, ...) or a team, placed in the three-tier tree (000 §8.1) under its parent.
 * Where it may sit is the {@link OrganisationTree}'s rule.
 */
@Document("training_departments")
public record Department(@Id String code, String name, OrgTier tier, @Indexed String parentCode, Instant createdAt,
                         String createdBy, Instant changedAt, String changedBy, @Version Long version) {

    public Department {
        Codes.require(code, "code");
        name = Codes.text(name, "name", 200);
        if (tier == null) {
            throw new InvalidInputException("tier", "is required");
        }
        if (code.equals(parentCode)) {
            throw new InvalidInputException("parentCode", "a unit cannot be its own parent");
        }
    }

    public static Department found(String code, String name, OrgTier tier, String parentCode, String by, Instant at) {
        return new Department(Codes.normalise(code), name, tier, Codes.normalise(blankToNull(parentCode)), at, by, at,
                by, null);
    }

    /** Renames, re-tiers or moves the unit; the tree checks the new place first. */
    public Department reshape(String name, OrgTier tier, String parentCode, String by, Instant at) {
        return new Department(code, name, tier, Codes.normalise(blankToNull(parentCode)), createdAt, createdBy, at, by,
                version);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
