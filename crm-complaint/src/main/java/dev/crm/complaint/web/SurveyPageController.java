package dev.crm.complaint.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What a survey link opens ({@code <base-url>/surveys/<token>}): one small page that reads the
 * questions from {@code GET /api/v1/surveys/<token>} and posts the answer back. The token stays in
 * the path; the page is sent with {@code Referrer-Policy: no-referrer} so it does not leak onwards.
 */
@Controller
class SurveyPageController {

    static final String PAGE = "/surveys/*";
    private static final Resource HTML = new ClassPathResource("dev/crm/complaint/web/survey-page.html");

    @GetMapping(value = "/surveys/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page(@PathVariable String token) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore()).body(HTML);
    }
}
