package de.gemeinsinn.meetings;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The private calendar feed behind a secret URL, the settings page for it and the mail
 * preferences, and the unsubscribe link of every mail (works without login).
 */
@Controller
class CalendarController {

    private final CalendarFeeds feeds;
    private final MailPreferences preferences;
    private final UnsubscribeLinks unsubscribe;
    private final Access access;
    private final de.gemeinsinn.platform.mail.MailOutbox outbox;

    CalendarController(
            CalendarFeeds feeds,
            MailPreferences preferences,
            UnsubscribeLinks unsubscribe,
            Access access,
            de.gemeinsinn.platform.mail.MailOutbox outbox) {
        this.feeds = feeds;
        this.preferences = preferences;
        this.unsubscribe = unsubscribe;
        this.access = access;
        this.outbox = outbox;
    }

    @GetMapping(path = "/kalender/{token}.ics")
    ResponseEntity<String> personalFeed(@PathVariable String token) {
        var person = feeds.personFor(token).orElseThrow(() -> new NotFoundException("Kalender nicht gefunden"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MeetingCalendars.CONTENT_TYPE))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("X-Robots-Tag", "noindex")
                .body(feeds.personalFeed(person));
    }

    @GetMapping("/konto/benachrichtigungen")
    String settings(Model model) {
        GemeinsinnUser me = access.requireUser();
        model.addAttribute("prefs", preferences.of(me.personId()));
        model.addAttribute("kinds", MailKind.values());
        model.addAttribute("hasFeed", feeds.hasFeed(me.personId()));
        return "meetings/settings";
    }

    @PostMapping("/konto/benachrichtigungen")
    String savePreferences(@RequestParam Map<String, String> params, RedirectAttributes flash) {
        GemeinsinnUser me = access.requireUser();
        for (MailKind k : MailKind.values()) {
            preferences.set(me.personId(), k, "on".equals(params.get("kind-" + k.name())));
        }
        flash.addFlashAttribute("flash", "meetings.flash.preferences");
        return "redirect:/konto/benachrichtigungen";
    }

    @PostMapping("/konto/benachrichtigungen/kalender")
    String newFeed(RedirectAttributes flash) {
        GemeinsinnUser me = access.requireUser();
        String token = feeds.regenerate(me.personId());
        flash.addFlashAttribute("feedUrl", outbox.link("/kalender/" + token + ".ics"));
        flash.addFlashAttribute("flash", "meetings.flash.feedCreated");
        return "redirect:/konto/benachrichtigungen#kalender";
    }

    @PostMapping("/konto/benachrichtigungen/kalender/widerrufen")
    String revokeFeed(RedirectAttributes flash) {
        GemeinsinnUser me = access.requireUser();
        feeds.revoke(me.personId());
        flash.addFlashAttribute("flash", "meetings.flash.feedRevoked");
        return "redirect:/konto/benachrichtigungen#kalender";
    }

    @GetMapping("/benachrichtigungen/abbestellen")
    String unsubscribeForm(@RequestParam(defaultValue = "") String token, Model model) {
        var target = unsubscribe.verify(token);
        model.addAttribute("valid", target.isPresent());
        model.addAttribute("token", token);
        model.addAttribute("kind", target.map(t -> t.kind().name()).orElse(null));
        model.addAttribute("done", false);
        return "meetings/unsubscribe";
    }

    @PostMapping("/benachrichtigungen/abbestellen")
    String unsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
        var target = unsubscribe.verify(token);
        target.ifPresent(t -> preferences.set(t.personId(), t.kind(), false));
        model.addAttribute("valid", target.isPresent());
        model.addAttribute("token", token);
        model.addAttribute("kind", target.map(t -> t.kind().name()).orElse(null));
        model.addAttribute("done", target.isPresent());
        return "meetings/unsubscribe";
    }
}
