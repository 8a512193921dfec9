package de.gemeinsinn.search.web;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.search.engine.LuceneIndex;
import de.gemeinsinn.search.index.IndexRebuilder;
import java.io.IOException;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Network admins see the state of this instance's index and can rebuild it from PostgreSQL. */
@Controller
class SearchAdminController {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final LuceneIndex index;
    private final IndexRebuilder rebuilder;
    private final Access access;

    SearchAdminController(LuceneIndex index, IndexRebuilder rebuilder, Access access) {
        this.index = index;
        this.rebuilder = rebuilder;
        this.access = access;
    }

    @GetMapping("/admin/suche")
    String status(Model model) throws IOException {
        access.requireNetworkAdmin();
        model.addAttribute("documents", index.numDocs());
        model.addAttribute("outboxPosition", index.lastOutboxId().orElse(0));
        model.addAttribute("committedAt", index.committedAt().atZone(BERLIN));
        model.addAttribute("sizeKb", index.sizeInBytes() / 1024);
        return "search/admin";
    }

    @PostMapping("/admin/suche/neu-aufbauen")
    String rebuild(RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        redirect.addFlashAttribute("rebuilt", rebuilder.rebuild());
        return "redirect:/admin/suche";
    }
}
