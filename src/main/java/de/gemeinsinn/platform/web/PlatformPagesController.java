package de.gemeinsinn.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Start page and the legal pages every German public site needs. */
@Controller
class PlatformPagesController {

    record RenderedSection(String template, Map<String, Object> model) {}

    private final List<HomeSection> sections;

    PlatformPagesController(List<HomeSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new RenderedSection(s.template(), s.model()))
                        .toList());
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
