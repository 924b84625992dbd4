package dev.crm.training.web;

import dev.crm.training.domain.Question;
import dev.crm.training.domain.QuestionBank;
import dev.crm.training.domain.QuestionKind;
import dev.crm.training.domain.QuestionOption;
import dev.crm.training.domain.RubricCriterion;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;

/** Banks as HR reads them: answer keys included. */
@Mapper
interface QuestionBankWebMapper {

    record QuestionBankResponse(String code, String title, String topic, List<QuestionResponse> questions,
                                Instant createdAt, String createdBy) {
    }

    record QuestionResponse(String id, QuestionKind kind, String text, int points, List<QuestionOption> options,
                            List<RubricCriterion> rubric, String modelAnswer, Set<String> tags, boolean retired) {
    }

    QuestionBankResponse toResponse(QuestionBank bank);

    QuestionResponse toResponse(Question question);
}
