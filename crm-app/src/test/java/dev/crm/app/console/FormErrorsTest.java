package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;

/**
 * Module messages next to a field: the common ones in the page's language, the English page word for
 * word as the module wrote them, anything else untouched.
 */
class FormErrorsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    record Form(String name, String score, String asOf, String note) {
    }

    private final ResourceBundleMessageSource messages = bundles();

    @Test
    void commonModuleMessagesAreShownInChineseOnAChinesePage() {
        DirectFieldBindingResult form = rejected(new FieldViolation("name", "is required"),
                new FieldViolation("score", "must be between 0 and 100"),
                new FieldViolation("asOf", "must not be after today (2026-06-30)"));

        assertThat(shown(form, "name", CHINESE)).isEqualTo("必填");
        assertThat(shown(form, "score", CHINESE)).isEqualTo("必须介于 0 和 100 之间");
        assertThat(shown(form, "asOf", CHINESE)).isEqualTo("不能晚于今天（2026-06-30）");
    }

    @Test
    void theEnglishPageShowsEveryTranslatedMessageExactlyAsTheModuleWroteIt() {
        List<String> moduleMessages = List.of("is required", "must not be blank", "must not be empty",
                "must not be in the future", "must not be negative", "must be 0 or more", "must be more than 0",
                "must be at least 1", "must be between 1 and 120", "must be 1 to 200 characters",
                "must not be after today (2026-06-30)", "not a valid phone number", "is not a known time zone");
        for (String message : moduleMessages) {
            DirectFieldBindingResult form = rejected(new FieldViolation("note", message));

            assertThat(form.getFieldError("note").getCode()).as(message).startsWith("console.violation.");
            assertThat(shown(form, "note", Locale.ENGLISH)).isEqualTo(message);
            assertThat(shown(form, "note", CHINESE)).as(message).isNotEqualTo(message);
        }
    }

    @Test
    void aMessageTheConsoleDoesNotKnowIsShownAsTheModuleWroteIt() {
        DirectFieldBindingResult form = rejected(new FieldViolation("note", "say what was standardised"),
                new FieldViolation("name", "is required before the plan starts"));

        assertThat(shown(form, "note", CHINESE)).isEqualTo("say what was standardised");
        assertThat(shown(form, "name", CHINESE)).as("only the whole message is matched")
                .isEqualTo("is required before the plan starts");
    }

    private static DirectFieldBindingResult rejected(FieldViolation... violations) {
        DirectFieldBindingResult form = new DirectFieldBindingResult(new Form(null, null, null, null), "form");
        FormErrors.reject(form, new InvalidInputException(List.of(violations)));
        return form;
    }

    private String shown(DirectFieldBindingResult form, String field, Locale locale) {
        FieldError error = form.getFieldError(field);
        assertThat(error).as(field).isNotNull();
        return messages.getMessage(error, locale);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/console");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
