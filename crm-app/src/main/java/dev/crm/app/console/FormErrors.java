package dev.crm.app.console;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a module's refusal (its {@link FieldViolation}s) onto a form's {@link BindingResult}, so the
 * form is shown again with each message next to its field, like a Bean Validation error. A field
 * the form does not have becomes a message for the whole form.
 *
 * <p>The modules write their messages in English and carry no message codes (the API's problem
 * documents show them as they are). The commonest ones are recognised here and given a console message
 * key ({@code console.violation.*}, whose English text is the module's message word for word), so a
 * Chinese page shows them in Chinese; any other message is shown as the module wrote it.
 */
public final class FormErrors {

    /** Module messages the console translates: the message's pattern and the key, whose arguments are the groups. */
    private static final List<Map.Entry<Pattern, String>> KNOWN = List.of(
            Map.entry(Pattern.compile("is required"), "console.violation.required"),
            Map.entry(Pattern.compile("must not be blank"), "console.violation.not-blank"),
            Map.entry(Pattern.compile("must not be empty"), "console.violation.not-empty"),
            Map.entry(Pattern.compile("must not be in the future"), "console.violation.not-in-future"),
            Map.entry(Pattern.compile("must not be negative"), "console.violation.not-negative"),
            Map.entry(Pattern.compile("must be 0 or more"), "console.violation.zero-or-more"),
            Map.entry(Pattern.compile("must be more than (-?[0-9.]+)"), "console.violation.more-than"),
            Map.entry(Pattern.compile("must be at least (-?[0-9.]+)"), "console.violation.at-least"),
            Map.entry(Pattern.compile("must be between (-?[0-9.]+) and (-?[0-9.]+)"), "console.violation.between"),
            Map.entry(Pattern.compile("must be ([0-9]+) to ([0-9]+) characters"), "console.violation.length"),
            Map.entry(Pattern.compile("must not be after today \\(([0-9-]+)\\)"), "console.violation.not-after-today"),
            Map.entry(Pattern.compile("not a valid phone number"), "console.violation.phone"),
            Map.entry(Pattern.compile("is not a known time zone"), "console.violation.time-zone"));

    private FormErrors() {
    }

    /**
     * The message key and arguments for a module's message: a {@code console.violation.*} key when the
     * message is one the console translates, else {@code console.form.invalid} with the message itself.
     */
    static Map.Entry<String, Object[]> translation(String message) {
        if (message != null) {
            for (Map.Entry<Pattern, String> known : KNOWN) {
                Matcher matcher = known.getKey().matcher(message.strip());
                if (matcher.matches()) {
                    Object[] groups = new Object[matcher.groupCount()];
                    for (int i = 0; i < groups.length; i++) {
                        groups[i] = matcher.group(i + 1);
                    }
                    return Map.entry(known.getValue(), groups);
                }
            }
        }
        return Map.entry("console.form.invalid", new Object[] {message});
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
                Map.Entry<String, Object[]> translated = translation(violation.message());
                form.rejectValue(field, translated.getKey(), translated.getValue(), violation.message());
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
