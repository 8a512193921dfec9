package de.gemeinsinn.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Start page and the legal pages every German public site needs. */
@Controller
class PlatformPagesController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/impressum")
    String imprint() {
        return "platform/impressum";
    }

    @GetMapping("/datenschutz")
    String privacy() {
        return "platform/datenschutz";
    }

    @GetMapping("/barrierefreiheit")
    String accessibility() {
        return "platform/barrierefreiheit";
    }

    @GetMapping("/quellen")
    String sources() {
        return "platform/quellen";
    }
}
