package dev.crm.app.console;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a module's refusal (its {@link FieldViolation}s) onto a form's {@link BindingResult}, so the
 * form is shown again with each message next to its field, like a Bean Validation error. A field
 * the form does not have becomes a message for the whole form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult form, InvalidInputException refusal) {
        reject(form, refusal.violations(), refusal.getMessage());
    }

    public static void reject(BindingResult form, BusinessRuleViolationException refusal) {
        reject(form, refusal.violations(), refusal.getMessage());
    }

    private static void reject(BindingResult form, List<FieldViolation> violations, String summary) {
        if (violations.isEmpty()) {
            form.reject("console.form.refused", new Object[] {summary}, summary);
            return;
        }
        for (FieldViolation violation : violations) {
            String field = violation.field();
            if (hasField(form.getTarget(), field)) {
                form.rejectValue(field, "console.form.invalid", new Object[] {violation.message()}, violation.message());
            } else {
                form.reject("console.form.refused", new Object[] {violation.message()}, violation.message());
            }
        }
    }

    private static boolean hasField(Object target, String field) {
        if (target == null || field == null) {
            return false;
        }
        if (target.getClass().isRecord()) {
            return Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
        }
        return new BeanWrapperImpl(target).isReadableProperty(field);
    }
}
