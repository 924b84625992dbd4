package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.application.QuestionBanks;
import dev.crm.training.domain.Question;
import dev.crm.training.domain.QuestionBank;
import dev.crm.training.domain.QuestionDraft;
import dev.crm.training.domain.QuestionKind;
import dev.crm.training.web.QuestionBankWebMapper.QuestionBankResponse;
import dev.crm.training.web.QuestionBankWebMapper.QuestionResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Question banks, with their answer keys: HR's (and admins') only. */
@RestController
@RequestMapping("/api/v1/training/question-banks")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class QuestionBankController {

    private final QuestionBanks banks;
    private final QuestionBankWebMapper mapper;
    private final CurrentStaff currentStaff;

    QuestionBankController(QuestionBanks banks, QuestionBankWebMapper mapper, CurrentStaff currentStaff) {
        this.banks = banks;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    record OpenBankRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String title,
                           @Size(max = 200) String topic) {
    }

    record QuestionRequest(@NotNull QuestionKind kind, @NotBlank @Size(max = Question.MAX_TEXT) String text,
                           Integer points, List<QuestionDraft.OptionDraft> options, Boolean statementIsTrue,
                           List<QuestionDraft.CriterionDraft> rubric, String modelAnswer, Set<String> tags) {

        QuestionDraft toDraft() {
            return new QuestionDraft(kind, text, points, options, statementIsTrue, rubric, modelAnswer, tags);
        }
    }

    @PostMapping
    ResponseEntity<QuestionBankResponse> open(@Valid @RequestBody OpenBankRequest request) {
        QuestionBank bank = banks.open(request.code(), request.title(), request.topic(), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/question-banks/" + bank.getCode()))
                .body(mapper.toResponse(bank));
    }

    @GetMapping
    ResultPage<QuestionBankResponse> list(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return banks.list(PageQuery.of(page, size)).map(mapper::toResponse);
    }

    @GetMapping("/{code}")
    QuestionBankResponse get(@PathVariable String code) {
        return mapper.toResponse(banks.get(code));
    }

    @PostMapping("/{code}/questions")
    ResponseEntity<QuestionResponse> add(@PathVariable String code, @Valid @RequestBody QuestionRequest request) {
        Question question = banks.add(code, request.toDraft(), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/question-banks/" + code.strip().toUpperCase(Locale.ROOT)
                + "/questions/" + question.id())).body(mapper.toResponse(question));
    }

    /** Out of future draws; attempts that drew it keep their copy. */
    @PostMapping("/{code}/questions/{questionId}/retire")
    QuestionResponse retire(@PathVariable String code, @PathVariable String questionId) {
        return mapper.toResponse(banks.retire(code, questionId, currentStaff.username()));
    }
}
