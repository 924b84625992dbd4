package dev.crm.complaint.web;

import dev.crm.complaint.domain.SurveyExpiredException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An expired survey is 410 Gone: the link existed and will not work again, which is what a customer
 * (and their mail client's link checker) should be told. Ordered before the API's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblemHandler {

    static final URI GONE = URI.create("urn:crm:problem:gone");

    @ExceptionHandler(SurveyExpiredException.class)
    ResponseEntity<ProblemDetail> expired(SurveyExpiredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        problem.setType(GONE);
        problem.setTitle("No longer available");
        return ResponseEntity.status(HttpStatus.GONE).body(problem);
    }
}
