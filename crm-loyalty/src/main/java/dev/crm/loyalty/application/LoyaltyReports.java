package dev.crm.loyalty.application;

import dev.crm.loyalty.domain.LoyaltyProgram;
import dev.crm.loyalty.domain.MembershipLevel;
import dev.crm.loyalty.domain.RedemptionState;
import dev.crm.loyalty.persistence.LoyaltyFigures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/** Members per level and the catalogue's redemption figures. */
@Service
public class LoyaltyReports {

    private final LoyaltyPrograms programs;
    private final LoyaltyFigures figures;

    LoyaltyReports(LoyaltyPrograms programs, LoyaltyFigures figures) {
        this.programs = programs;
        this.figures = figures;
    }

    public record LevelCount(String levelCode, String levelName, Integer rank, long members) {
    }

    public record MembersPerLevel(String programId, String programName, long members, List<LevelCount> levels) {
    }

    /** Every level of the program, highest first, with its members; members without a level last. */
    public MembersPerLevel membersPerLevel(String programId) {
        LoyaltyProgram program = programs.get(programId == null ? LoyaltyProgram.DEFAULT_ID : programId);
        Map<String, Long> counts = new HashMap<>(figures.membersPerLevel(program.getId()));
        List<LevelCount> levels = new ArrayList<>();
        List<MembershipLevel> ladder = new ArrayList<>(program.getLevels());
        java.util.Collections.reverse(ladder);
        for (MembershipLevel level : ladder) {
            levels.add(new LevelCount(level.code(), level.name(), level.rank(), counts.getOrDefault(level.code(), 0L)));
            counts.remove(level.code());
        }
        // Members on a level the program no longer has, and members without one.
        long unplaced = counts.values().stream().mapToLong(Long::longValue).sum();
        levels.add(new LevelCount(null, null, null, unplaced));
        return new MembersPerLevel(program.getId(), program.getName(),
                levels.stream().mapToLong(LevelCount::members).sum(), levels);
    }

    public record RewardFigures(String rewardCode, long redemptions, long reserved, long confirmed, long released,
                                long cancelled, long vouchersIssued, long vouchersUsed, long vouchersVoided) {
    }

    /** Per reward, redemptions reserved in {@code [from, to)} by state and vouchers issued in it (null: open). */
    public List<RewardFigures> redemptions(Instant from, Instant to) {
        Map<String, Map<String, Long>> byState = figures.redemptionsPerReward(from, to);
        Map<String, long[]> vouchers = figures.vouchersPerReward(from, to);
        TreeSet<String> codes = new TreeSet<>(byState.keySet());
        codes.addAll(vouchers.keySet());
        List<RewardFigures> rows = new ArrayList<>();
        for (String code : codes) {
            Map<String, Long> states = byState.getOrDefault(code, Map.of());
            long[] v = vouchers.getOrDefault(code, new long[3]);
            long total = states.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new RewardFigures(code, total, states.getOrDefault(RedemptionState.RESERVED.name(), 0L),
                    states.getOrDefault(RedemptionState.CONFIRMED.name(), 0L),
                    states.getOrDefault(RedemptionState.RELEASED.name(), 0L),
                    states.getOrDefault(RedemptionState.CANCELLED.name(), 0L), v[0], v[1], v[2]));
        }
        return rows;
    }
}
