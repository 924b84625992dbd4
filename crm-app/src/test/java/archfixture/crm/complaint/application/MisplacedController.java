package archfixture.crm.complaint.application;

import org.springframework.web.bind.annotation.RestController;

/** Violates: controllers live only in web packages. */
@RestController
public class MisplacedController {
}
