package dev.crm.core.api;

import java.util.Optional;

/** Looks up and opens staff accounts. */
public interface StaffDirectory {

    Optional<StaffMember> findByUsername(String username);

    /** All accounts, ordered by username. */
    ResultPage<StaffMember> list(PageQuery page);

    /**
     * Opens an account after checking the password policy.
     *
     * @throws InvalidInputException    naming {@code password} or {@code username} when refused
     * @throws DuplicateRecordException when the username is taken
     */
    StaffMember open(NewStaffAccount account, String openedBy);
}
