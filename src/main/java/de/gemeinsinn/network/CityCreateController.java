package de.gemeinsinn.network;

import de.gemeinsinn.network.MemberCityJoin.Municipality;
import de.gemeinsinn.platform.security.Access;
import java.time.Year;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Network admins add a member city by picking a municipality from the GV100 register. */
@Controller
class CityCreateController {

    private final MunicipalityRegister register;
    private final CityCreation creation;
    private final Access access;

    CityCreateController(MunicipalityRegister register, CityCreation creation, Access access) {
        this.register = register;
        this.creation = creation;
        this.access = access;
    }

    @GetMapping("/staedte/neu")
    String search(@RequestParam(required = false) String q, Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("hits", register.search(q));
        model.addAttribute("year", Year.now().getValue());
        return "network/new";
    }

    @PostMapping("/staedte/neu")
    String create(
            @RequestParam(required = false) String ags,
            @RequestParam(required = false) String q,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        Optional<Municipality> municipality = register.byAgs(ags);
        if (municipality.isEmpty()) {
            model.addAttribute("error", "network.new.error.pick");
            return search(q, model);
        }
        Optional<String> slug = creation.create(municipality.get(), Year.now().getValue());
        if (slug.isEmpty()) {
            model.addAttribute("error", "network.new.error.exists");
            return search(q, model);
        }
        redirect.addFlashAttribute("flash", "network.new.created");
        return "redirect:/staedte/" + slug.get() + "/bearbeiten";
    }
}
