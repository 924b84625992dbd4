package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bank of questions on one topic, written by HR, that assessments draw from. Questions are numbered
 * by the bank ({@code <CODE>-<n>}, so an id names one question across banks) and are retired rather
 * than deleted, so attempts that drew them keep making sense.
 */
@Getter
@Document("question_banks")
public class QuestionBank {

    public static final int MAX_QUESTIONS = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    @Id
    private final String code;
    private final String title;
    private final String topic;
    @Getter(lombok.AccessLevel.NONE)
    private final List<Question> questions;
    private int questionsAdded;
    private final Instant createdAt;
    private final String createdBy;
    @Version
    private Long version;

    @PersistenceCreator
    QuestionBank(String code, String title, String topic, List<Question> questions, int questionsAdded,
                 Instant createdAt, String createdBy, Long version) {
        this.code = code;
        this.title = title;
        this.topic = topic;
        this.questions = new ArrayList<>(questions == null ? List.of() : questions);
        this.questionsAdded = questionsAdded;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    /** @throws InvalidInputException naming {@code code}, {@code title} or {@code topic} */
    public static QuestionBank open(String code, String title, String topic, String by, Instant at) {
        String normalCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String normalTitle = title == null ? "" : title.strip();
        String normalTopic = topic == null || topic.isBlank() ? null : topic.strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (!CODE.matcher(normalCode).matches()) {
            violations.add(new FieldViolation("code", "must be 2-32 letters, digits or '-', starting with a letter"));
        }
        if (normalTitle.isEmpty() || normalTitle.length() > 200) {
            violations.add(new FieldViolation("title", "must be 1 to 200 characters"));
        }
        if (normalTopic != null && normalTopic.length() > 200) {
            violations.add(new FieldViolation("topic", "must be at most 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new QuestionBank(normalCode, normalTitle, normalTopic, List.of(), 0, at, by, null);
    }

    /** Checks the draft and adds it as the bank's next question. */
    public Question add(QuestionDraft draft) {
        if (questions.size() >= MAX_QUESTIONS) {
            throw new BusinessRuleViolationException("a bank holds at most " + MAX_QUESTIONS + " questions");
        }
        Question question = Question.compose(code + "-" + (questionsAdded + 1), draft);
        questionsAdded++;
        questions.add(question);
        return question;
    }

    /** Takes a question out of future draws; attempts that drew it keep their copy. */
    public Question retire(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                Question retired = questions.get(i).retire();
                questions.set(i, retired);
                return retired;
            }
        }
        throw new RecordNotFoundException("question", questionId);
    }

    /** The questions a draw may pick, optionally only those with a tag, in the bank's order. */
    public List<Question> drawable(String tag) {
        return questions.stream().filter(q -> !q.retired() && q.hasTag(tag)).toList();
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }
}
