package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintFindings;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.application.ComplaintCommands.Who;
import dev.crm.complaint.domain.Complaint;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.StaffDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Findings about staff on complaints: recorded by supervisors through the complaint's command path
 * (department scope, version check, audit), and read by the training module as a feed.
 */
@Service
public class StaffFindings implements ComplaintFindings {

    private static final int MAX_LIMIT = 500;

    private final ComplaintCommands commands;
    private final StaffDirectory staffDirectory;
    private final MongoOperations mongo;

    StaffFindings(ComplaintCommands commands, StaffDirectory staffDirectory, MongoOperations mongo) {
        this.commands = commands;
        this.staffDirectory = staffDirectory;
        this.mongo = mongo;
    }

    /** @return the complaint with the finding appended as its last */
    public Complaint record(String number, Long expectedVersion, String staff, boolean substantiated, String note) {
        if (staff != null && !staff.isBlank() && staffDirectory.findByUsername(staff.strip()).isEmpty()) {
            throw new BusinessRuleViolationException("A finding is about a staff member of ours",
                    List.of(new FieldViolation("staff", "no staff account '" + staff.strip() + "'")));
        }
        return commands.run(number, expectedVersion, "finding-recorded", Who.SUPERVISORS,
                (complaint, by, at, sla) -> complaint.recordFinding(staff, substantiated, note, by, at));
    }

    @Override
    public FindingPage after(String cursor, Instant settledBefore, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Position from = cursor == null ? null : Position.parse(cursor);
        Date before = Date.from(settledBefore);
        Document range = new Document("$lt", before);
        if (from != null) {
            range.append("$gte", from.at());
        }
        Document after = from == null ? new Document() : new Document("$or", List.of(
                new Document("findings.recordedAt", new Document("$gt", from.at())),
                new Document("findings.recordedAt", from.at()).append("number", new Document("$gt", from.number())),
                new Document("findings.recordedAt", from.at()).append("number", from.number())
                        .append("findings.seq", new Document("$gt", from.seq()))));
        List<Document> pipeline = List.of(
                new Document("$match", new Document("findings.recordedAt", range)),
                new Document("$project", new Document("number", 1).append("type", 1).append("findings", 1)),
                new Document("$unwind", "$findings"),
                new Document("$match", new Document("$and", List.of(
                        new Document("findings.recordedAt", new Document("$lt", before)), after))),
                new Document("$sort", new Document("findings.recordedAt", 1).append("number", 1)
                        .append("findings.seq", 1)),
                new Document("$limit", limit));
        List<ComplaintFinding> findings = new ArrayList<>();
        for (Document row : mongo.getCollection(mongo.getCollectionName(Complaint.class)).aggregate(pipeline)) {
            Document f = row.get("findings", Document.class);
            Position at = new Position(f.getDate("recordedAt"), row.getString("number"), f.getInteger("seq"));
            String type = row.getString("type");
            findings.add(new ComplaintFinding(at.number(), at.seq(), type == null ? null : ComplaintType.valueOf(type),
                    f.getString("staff"), Boolean.TRUE.equals(f.getBoolean("substantiated")), f.getString("note"),
                    f.getString("recordedBy"), at.at().toInstant(), at.format()));
        }
        return new FindingPage(findings, findings.isEmpty() ? cursor : findings.get(findings.size() - 1).cursor());
    }

    /** A place in the feed: {@code <epoch millis>:<complaint number>:<seq>}. */
    private record Position(Date at, String number, int seq) {

        static Position parse(String cursor) {
            String[] parts = cursor.split(":", 3);
            try {
                if (parts.length == 3 && !parts[1].isBlank()) {
                    return new Position(new Date(Long.parseLong(parts[0])), parts[1], Integer.parseInt(parts[2]));
                }
            } catch (NumberFormatException notOurs) {
                // reported below
            }
            throw new InvalidInputException("cursor", "is not a cursor of the findings feed");
        }

        String format() {
            return at.getTime() + ":" + number + ":" + seq;
        }
    }
}
