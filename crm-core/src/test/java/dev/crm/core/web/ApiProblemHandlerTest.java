package dev.crm.core.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.RecordNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each failure kind maps to its status and stable problem type, naming the offending field. */
class ApiProblemHandlerTest {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new ProbeController())
                .setControllerAdvice(new ApiProblemHandler())
                .setValidator(validator)
                .build();
    }

    @Test
    void beanValidationFailuresAre400WithEachFieldNamed() throws Exception {
        mvc.perform(post("/probe").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:crm:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("must not be blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'quantity')]").exists());
    }

    @Test
    void malformedJsonIs400MalformedBody() throws Exception {
        mvc.perform(post("/probe").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:malformed-body"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() throws Exception {
        mvc.perform(post("/probe").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"quantity\": \"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
    }

    @Test
    void aValueObjectRefusingItsValueNamesTheFieldWithTheReason() throws Exception {
        mvc.perform(post("/probe").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"quantity\": 1, \"email\": \"not-an-address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("not a valid e-mail address"));
    }

    @Test
    void aMissingBodyIs400() throws Exception {
        mvc.perform(post("/probe").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:malformed-body"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeNamesTheParameter() throws Exception {
        mvc.perform(get("/probe/typed").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void aMissingQueryParameterIsNamed() throws Exception {
        mvc.perform(get("/probe/typed"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void unknownRecordsAre404() throws Exception {
        mvc.perform(get("/probe/fail/not-found"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("C-2026-000404")));
    }

    @Test
    void illegalTransitionsAre409() throws Exception {
        mvc.perform(get("/probe/fail/transition"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:illegal-transition"));
    }

    @Test
    void optimisticLockConflictsAre409() throws Exception {
        mvc.perform(get("/probe/fail/stale"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:concurrent-modification"));
    }

    @Test
    void businessRuleViolationsAre422NamingTheMissingData() throws Exception {
        mvc.perform(get("/probe/fail/rule"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:business-rule-violated"))
                .andExpect(jsonPath("$.errors[0].field").value("solution"));
    }

    @Test
    void accessDeniedIs403() throws Exception {
        mvc.perform(get("/probe/fail/denied"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:forbidden"));
    }

    @Test
    void unexpectedErrorsAre500WithAnErrorIdAndNoInternals() throws Exception {
        mvc.perform(get("/probe/fail/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:internal-error"))
                .andExpect(jsonPath("$.errorId").exists())
                .andExpect(content().string(not(containsString("NullPointerException"))))
                .andExpect(content().string(not(containsString("secret-internal-detail"))))
                .andExpect(content().string(not(containsString("at dev.crm"))));
    }

    @Test
    void wrongMethodAndMediaTypeGetStableTypesToo() throws Exception {
        mvc.perform(get("/probe"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:method-not-allowed"));
        mvc.perform(post("/probe").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("urn:crm:problem:unsupported-media-type"));
    }

    @RestController
    static class ProbeController {

        record ProbeRequest(@NotBlank String name, @Min(1) int quantity, EmailAddress email) {
        }

        @PostMapping("/probe")
        ProbeRequest accept(@Valid @RequestBody ProbeRequest request) {
            return request;
        }

        @GetMapping("/probe/typed")
        int typed(@RequestParam int page) {
            return page;
        }

        @GetMapping("/probe/fail/{kind}")
        String fail(@PathVariable String kind) {
            throw switch (kind) {
                case "not-found" -> new RecordNotFoundException("complaint", "C-2026-000404");
                case "transition" -> new IllegalStateTransitionException("complaint", "REGISTERED", "close");
                case "stale" -> new OptimisticLockingFailureException("version 3 expected");
                case "rule" -> new BusinessRuleViolationException("A resolution needs a solution",
                        List.of(new FieldViolation("solution", "is required")));
                case "denied" -> new AccessDeniedException("nope");
                default -> new NullPointerException("secret-internal-detail");
            };
        }
    }
}
