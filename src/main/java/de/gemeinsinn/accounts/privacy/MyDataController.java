package de.gemeinsinn.accounts.privacy;

import de.gemeinsinn.accounts.web.Forms;
import de.gemeinsinn.platform.security.Access;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** "Meine Daten": download everything as JSON, or delete the account. */
@Controller
class MyDataController {

    private final Access access;
    private final MyData myData;
    private final Erasure erasure;
    private final JsonMapper json;

    MyDataController(Access access, MyData myData, Erasure erasure, JsonMapper json) {
        this.access = access;
        this.myData = myData;
        this.erasure = erasure;
        this.json = json;
    }

    @GetMapping("/konto/daten")
    String page(Model model) {
        access.requireUser();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DeleteAccountForm(""));
        }
        return "accounts/daten";
    }

    @GetMapping("/konto/daten/export.json")
    ResponseEntity<byte[]> export() {
        byte[] body = json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(myData.export(access.requireUser().personId()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("meine-daten.json")
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping("/konto/loeschen")
    String delete(
            @Valid @ModelAttribute("form") DeleteAccountForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        BindingResult errors = Forms.rebind(form, binding, model);
        if (!errors.hasErrors() && !erasure.erase(access.requireUser().personId(), form.password())) {
            errors.rejectValue("password", "accounts.validation.password.wrong");
        }
        if (errors.hasErrors()) {
            return "accounts/daten";
        }
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        flash.addFlashAttribute("success", "accounts.erase.done");
        return "redirect:/anmelden";
    }
}
