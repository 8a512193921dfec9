package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import de.gemeinsinn.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A session's documentation: notes and results (Markdown, sanitised), links and files. Several
 * people write without lost updates: the form carries the version it was loaded with, and a save
 * against a newer version shows both texts to merge instead of overwriting (ADR 0028).
 */
@Controller
class SessionDocController {

    private final BarcampService service;
    private final BarcampRepository repo;
    private final Participation participation;
    private final MarkdownRenderer markdown;

    SessionDocController(
            BarcampService service, BarcampRepository repo, Participation participation, MarkdownRenderer markdown) {
        this.service = service;
        this.repo = repo;
        this.participation = participation;
        this.markdown = markdown;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    private record Context(Camp camp, Viewer viewer, Session session) {}

    private Context read(String slug, String id, HttpServletRequest request) {
        Camp camp = service.camp(slug);
        Viewer viewer = participation.viewer(camp, request);
        Session s = service.session(camp, BarcampPagesController.sessionId(id));
        if (!BarcampSearch.isPublic(camp, s)) {
            Participation.requireMember(viewer);
        }
        return new Context(camp, viewer, s);
    }

    private Context write(String slug, String id, HttpServletRequest request) {
        Context c = read(slug, id, request);
        Participation.requireMember(c.viewer());
        return c;
    }

    private void fill(Model model, Context c) {
        Grid grid = Grid.of(repo.rooms(c.camp().id()), repo.slots(c.camp().id()), java.util.List.of(c.session()));
        model.addAttribute("camp", c.camp());
        model.addAttribute("viewer", c.viewer());
        model.addAttribute("topic", c.session());
        model.addAttribute(
                "hosts", c.session().hostsFor(c.viewer().member(), c.viewer().organiser()));
        model.addAttribute("room", grid.room(c.session()));
        model.addAttribute("slot", grid.slot(c.session()));
        model.addAttribute("links", repo.links(c.session().id()));
        model.addAttribute("files", repo.files(c.session().id()));
    }

    @GetMapping("/barcamp/{slug}/sessions/{id}")
    String page(@PathVariable String slug, @PathVariable String id, HttpServletRequest request, Model model) {
        Context c = read(slug, id, request);
        fill(model, c);
        model.addAttribute("descriptionHtml", markdown.toHtml(c.session().description()));
        model.addAttribute("notesHtml", markdown.toHtml(c.session().notes()));
        model.addAttribute("resultsHtml", markdown.toHtml(c.session().results()));
        model.addAttribute("revisions", repo.revisions(c.session().id()));
        return "barcamp/session";
    }

    @GetMapping("/barcamp/{slug}/sessions/{id}/doku")
    String editForm(@PathVariable String slug, @PathVariable String id, HttpServletRequest request, Model model) {
        Context c = write(slug, id, request);
        fill(model, c);
        Session s = c.session();
        model.addAttribute("form", new Forms.Doc(s.notes(), s.results(), s.docVersion()));
        return "barcamp/doc-edit";
    }

    @PostMapping("/barcamp/{slug}/sessions/{id}/doku")
    String save(
            @PathVariable String slug,
            @PathVariable String id,
            @ModelAttribute("form") Forms.Doc form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Context c = write(slug, id, request);
        form.validate(errors);
        if (errors.hasErrors()) {
            fill(model, c);
            return "barcamp/doc-edit";
        }
        BarcampService.DocOutcome outcome =
                service.saveDoc(c.camp(), c.viewer(), c.session().id(), form);
        if (outcome instanceof BarcampService.Conflict conflict) {
            fill(model, c);
            Session current = conflict.current();
            model.addAttribute("current", current);
            // the merge form starts from the visitor's text, on top of the newest version
            model.addAttribute("form", new Forms.Doc(form.notes(), form.results(), current.docVersion()));
            return "barcamp/doc-conflict";
        }
        flash.addFlashAttribute("flash", "barcamp.flash.docSaved");
        return "redirect:" + c.camp().url() + "/sessions/" + c.session().id();
    }

    @PostMapping("/barcamp/{slug}/sessions/{id}/links")
    String addLink(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String label,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Context c = write(slug, id, request);
        String u = url.strip();
        String l = label.strip();
        if (!validUrl(u) || l.length() > 200) {
            flash.addFlashAttribute("error", "barcamp.link.invalid");
            return "redirect:" + c.camp().url() + "/sessions/" + c.session().id() + "/doku";
        }
        service.addLink(c.camp(), c.viewer(), c.session().id(), u, l.isEmpty() ? u : l);
        flash.addFlashAttribute("flash", "barcamp.flash.linkAdded");
        return "redirect:" + c.camp().url() + "/sessions/" + c.session().id();
    }

    static boolean validUrl(String u) {
        if (u.isEmpty() || u.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @PostMapping("/barcamp/{slug}/sessions/{id}/dateien")
    String upload(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            RedirectAttributes flash)
            throws IOException {
        Context c = write(slug, id, request);
        String back = c.camp().url() + "/sessions/" + c.session().id();
        Uploads.Checked checked = file == null
                ? new Uploads.Checked(null, null, "barcamp.file.empty")
                : Uploads.check(file.getOriginalFilename(), file.isEmpty() ? new byte[0] : file.getBytes());
        if (checked.errorKey() != null) {
            flash.addFlashAttribute("error", checked.errorKey());
            return "redirect:" + back + "/doku";
        }
        service.addFile(
                c.camp(), c.viewer(), c.session().id(), checked.filename(), checked.contentType(), file.getBytes());
        flash.addFlashAttribute("flash", "barcamp.flash.fileAdded");
        return "redirect:" + back;
    }

    @GetMapping("/barcamp/{slug}/sessions/{id}/dateien/{fileId}")
    ResponseEntity<byte[]> download(
            @PathVariable String slug,
            @PathVariable String id,
            @PathVariable String fileId,
            HttpServletRequest request) {
        Context c = read(slug, id, request);
        UUID fid = BarcampService.parseId(fileId);
        Stored.StoredFile f = (fid == null
                        ? java.util.Optional.<Stored.StoredFile>empty()
                        : repo.file(c.session().id(), fid))
                .orElseThrow(() -> new NotFoundException("Datei nicht gefunden"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(f.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(f.data());
    }
}
