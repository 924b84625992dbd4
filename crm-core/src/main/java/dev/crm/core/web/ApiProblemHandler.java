package dev.crm.core.web;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.RequestRefusedException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of an API call into an RFC 9457 problem response with a stable {@code type}
 * (see {@link ProblemType}) and, for bad input, an {@code errors} list naming each field. Bad input
 * is always a 4xx; a 500 carries only an error id to find the stack trace in the log.
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final Pattern PARAMETER_NAME = Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(RecordNotFoundException e, WebRequest request) {
        return problem(ProblemType.NOT_FOUND, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        return problem(ProblemType.INVALID_REQUEST, "Some fields are invalid", e.violations(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(ProblemType.INVALID_REQUEST, "Some fields are invalid", violations, request);
    }

    @ExceptionHandler(BusinessRuleViolationException.class)
    ResponseEntity<Object> businessRule(BusinessRuleViolationException e, WebRequest request) {
        return problem(ProblemType.BUSINESS_RULE, e.getMessage(), e.violations(), request);
    }

    @ExceptionHandler(IllegalStateTransitionException.class)
    ResponseEntity<Object> illegalTransition(IllegalStateTransitionException e, WebRequest request) {
        return problem(ProblemType.ILLEGAL_TRANSITION, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(DuplicateRecordException.class)
    ResponseEntity<Object> duplicate(DuplicateRecordException e, WebRequest request) {
        return problem(ProblemType.DUPLICATE, e.getMessage(), List.of(new FieldViolation(e.field(), "already taken")),
                request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicateKey(DuplicateKeyException e, WebRequest request) {
        // A unique index refused the write; the driver message would expose index internals.
        return problem(ProblemType.DUPLICATE, "A record with the same unique value already exists", List.of(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentModification(OptimisticLockingFailureException e, WebRequest request) {
        return problem(ProblemType.CONCURRENT_MODIFICATION,
                "The record was changed since you read it; reload it and try again", List.of(), request);
    }

    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<Object> refused(RequestRefusedException e, WebRequest request) {
        ProblemType type = switch (e.reason()) {
            case UNAUTHENTIC -> ProblemType.UNAUTHENTICATED;
            case MALFORMED -> ProblemType.MALFORMED_BODY;
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case UNAVAILABLE -> ProblemType.UNAVAILABLE;
        };
        return problem(type, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e, WebRequest request) {
        return problem(ProblemType.FORBIDDEN, "Your role does not allow this operation", List.of(), request);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(InvalidParameterException e, WebRequest request) {
        // Tomcat throws this (an IllegalStateException) when a query parameter is not valid UTF-8.
        Matcher name = PARAMETER_NAME.matcher(String.valueOf(e.getMessage()));
        return problem(ProblemType.INVALID_REQUEST, "A parameter cannot be decoded",
                List.of(new FieldViolation(name.find() ? name.group(1) : "query", "is not valid percent-encoded UTF-8")),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {}", errorId, request.getDescription(false), e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote error id " + errorId + " when reporting it.");
        body.setType(ProblemType.INTERNAL.uri());
        body.setTitle(ProblemType.INTERNAL.title());
        body.setProperty("errorId", errorId);
        return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new FieldViolation(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
        return problem(ProblemType.INVALID_REQUEST, "Some fields are invalid", violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new FieldViolation(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return problem(ProblemType.INVALID_REQUEST, "Some parameters are invalid", violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(ProblemType.INVALID_REQUEST, "A required parameter is missing",
                List.of(new FieldViolation(e.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return problem(ProblemType.INVALID_REQUEST, "A parameter has the wrong type",
                List.of(new FieldViolation(name, "must be a valid " + expected)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        JacksonException jackson = findCause(e, JacksonException.class);
        if (jackson == null) {
            return problem(ProblemType.MALFORMED_BODY, "The request body is missing or not JSON", List.of(), request);
        }
        String field = jsonPath(jackson);
        IllegalArgumentException refused = findCause(jackson, IllegalArgumentException.class);
        if (refused != null && refused.getMessage() != null) {
            // A value object refused the value (e.g. an e-mail address without '@'); its message is for users.
            return problem(ProblemType.INVALID_REQUEST, "Some fields are invalid",
                    List.of(new FieldViolation(field, refused.getMessage())), request);
        }
        if (jackson instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "value" : mismatch.getTargetType().getSimpleName();
            return problem(ProblemType.INVALID_REQUEST, "Some fields are invalid",
                    List.of(new FieldViolation(field, "has the wrong type or format (expected " + expected + ")")),
                    request);
        }
        String where = jackson instanceof StreamReadException && jackson.getLocation() != null
                ? " at line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr()
                : "";
        log.debug("Unreadable request body", cause);
        return problem(ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + where,
                field.isEmpty() ? List.of() : List.of(new FieldViolation(field, "cannot be read")), request);
    }

    /** Gives the MVC exceptions Spring handles itself (404, 405, 415, ...) our stable type URIs too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            for (ProblemType type : ProblemType.values()) {
                if (type.status().value() == status.value()) {
                    problem.setType(type.uri());
                    break;
                }
            }
        }
        return response;
    }

    private ResponseEntity<Object> problem(ProblemType type, String detail, List<FieldViolation> violations,
            WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(type.status(), detail);
        body.setType(type.uri());
        body.setTitle(type.title());
        if (!violations.isEmpty()) {
            body.setProperty("errors", violations);
        }
        return handleExceptionInternal(new IllegalStateException(detail), body, new HttpHeaders(), type.status(),
                request);
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
