package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.training.domain.Question;
import dev.crm.training.domain.QuestionBank;
import dev.crm.training.domain.QuestionDraft;
import dev.crm.training.persistence.QuestionBankRepository;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** HR's question banks. */
@Service
public class QuestionBanks {

    private final QuestionBankRepository banks;
    private final AuditLog auditLog;
    private final Clock clock;

    QuestionBanks(QuestionBankRepository banks, AuditLog auditLog, Clock clock) {
        this.banks = banks;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public QuestionBank open(String code, String title, String topic, String by) {
        QuestionBank bank = QuestionBank.open(code, title, topic, by, clock.instant());
        if (banks.existsById(bank.getCode())) {
            throw new DuplicateRecordException("question bank", "code", bank.getCode());
        }
        try {
            bank = banks.insert(bank);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("question bank", "code", bank.getCode());
        }
        auditLog.record(AuditEvent.of(by, "training.question-bank-opened", "QuestionBank", bank.getCode()));
        return bank;
    }

    public Question add(String bankCode, QuestionDraft draft, String by) {
        QuestionBank bank = get(bankCode);
        Question question = bank.add(draft);
        banks.save(bank);
        auditLog.record(new AuditEvent(by, "training.question-added", "QuestionBank", bank.getCode(),
                Map.of("question", question.id(), "kind", question.kind().name())));
        return question;
    }

    public Question retire(String bankCode, String questionId, String by) {
        QuestionBank bank = get(bankCode);
        Question question = bank.retire(questionId);
        banks.save(bank);
        auditLog.record(new AuditEvent(by, "training.question-retired", "QuestionBank", bank.getCode(),
                Map.of("question", questionId)));
        return question;
    }

    public QuestionBank get(String code) {
        return find(code).orElseThrow(() -> new RecordNotFoundException("question bank", code));
    }

    Optional<QuestionBank> find(String code) {
        return code == null ? Optional.empty()
                : banks.findById(code.strip().toUpperCase(Locale.ROOT));
    }

    public ResultPage<QuestionBank> list(PageQuery query) {
        Page<QuestionBank> page = banks.findAll(PageRequest.of(query.page(), query.size(), Sort.by("_id")));
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }
}
