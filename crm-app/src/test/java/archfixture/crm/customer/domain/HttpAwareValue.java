package archfixture.crm.customer.domain;

import org.springframework.http.HttpStatus;

/** Violates: domain packages do not depend on Spring Web. */
public class HttpAwareValue {
    HttpStatus status;
}
