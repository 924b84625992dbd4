package dev.crm.app.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the console's start page, which lists the areas the user may open (see the layout advice). */
@Controller
class ConsolePages {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/login")
    String login(Authentication signedIn) {
        return signedIn != null && signedIn.isAuthenticated() ? "redirect:/console" : "console/login";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }
}
