package dev.crm.training.domain;

import dev.crm.core.api.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;

/** A link to course material: slides, a handbook chapter, a recorded session. */
public record CourseMaterial(String title, String url) {

    static CourseMaterial checked(CourseMaterial given, int index) {
        String field = "materials[" + index + "]";
        if (given == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        String title = Codes.text(given.title(), field + ".title", 200);
        String url = given.url() == null ? "" : given.url().strip();
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme())) || url.length() > 2_000) {
                throw new URISyntaxException(url, "not an http(s) link");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field + ".url", "must be an http or https link");
        }
        return new CourseMaterial(title, url);
    }
}
