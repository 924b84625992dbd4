package dev.crm.loyalty.web;

import dev.crm.loyalty.api.InsufficientPointsException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An overdraft anywhere in the API answers 422 with the available balance; ordered before the catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerProblemHandler {

    @ExceptionHandler(InsufficientPointsException.class)
    ResponseEntity<Map<String, Object>> overdraft(InsufficientPointsException e, HttpServletRequest request) {
        LedgerProblems.Problem problem = LedgerProblems.of(e, request.getRequestURI()).orElseThrow();
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body());
    }
}
