package de.gemeinsinn.news;

import de.gemeinsinn.platform.images.ImageProcessor;
import de.gemeinsinn.platform.text.MarkdownRenderer;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing news: new, edit, publish, unpublish, delete. POST-redirect-GET with flash messages. */
@Controller
class NewsEditController {

    private final ArticleService service;
    private final ArticleFormValidator validator;
    private final NewsPermissions permissions;
    private final CityNames cities;
    private final MarkdownRenderer markdown;

    NewsEditController(
            ArticleService service,
            ArticleFormValidator validator,
            NewsPermissions permissions,
            CityNames cities,
            MarkdownRenderer markdown) {
        this.markdown = markdown;
        this.service = service;
        this.validator = validator;
        this.permissions = permissions;
        this.cities = cities;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        // bind through the record's constructor only; the form and its errors read the fields
        // directly, since records have no getters
        binder.setDeclarativeBinding(true);
        binder.initDirectFieldAccess();
    }

    @GetMapping("/news/neu")
    String newForm(@RequestParam(name = "stadt", required = false) String city, Model model) {
        permissions.requireWriteAny();
        var mine = permissions.coordinatedCities();
        String preset = city != null ? city : (mine != null && mine.size() == 1 ? mine.get(0) : null);
        return form(model, ArticleForm.empty(preset, null), null);
    }

    @PostMapping("/news/neu")
    String create(
            @ModelAttribute("form") ArticleForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        permissions.requireEdit(form.citySlug());
        ImageProcessor.Processed image = validator.validate(form, false, errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        String slug = service.create(form, image);
        flash.addFlashAttribute("flash", "news.flash.created");
        return "redirect:/news/" + slug;
    }

    @GetMapping("/news/{slug}/bearbeiten")
    String editForm(@PathVariable String slug, Model model) {
        Article article = service.find(slug);
        permissions.requireEdit(article.citySlug());
        return form(model, ArticleForm.of(article), article);
    }

    @PostMapping("/news/{slug}/bearbeiten")
    String update(
            @PathVariable String slug,
            @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Article article = service.find(slug);
        permissions.requireEdit(article.citySlug());
        ImageProcessor.Processed image = validator.validate(form, article.imageId() != null, errors);
        if (errors.hasErrors()) {
            return form(model, form, article);
        }
        service.update(slug, form, image);
        flash.addFlashAttribute("flash", "news.flash.saved");
        return "redirect:/news/" + slug;
    }

    @PostMapping("/news/{slug}/veroeffentlichen")
    String publish(@PathVariable String slug, RedirectAttributes flash) {
        service.publish(slug);
        flash.addFlashAttribute("flash", "news.flash.published");
        return "redirect:/news/" + slug;
    }

    @PostMapping("/news/{slug}/zurueckziehen")
    String unpublish(@PathVariable String slug, RedirectAttributes flash) {
        service.unpublish(slug);
        flash.addFlashAttribute("flash", "news.flash.unpublished");
        return "redirect:/news/" + slug;
    }

    @PostMapping("/news/{slug}/loeschen")
    String delete(@PathVariable String slug, RedirectAttributes flash) {
        service.delete(slug);
        flash.addFlashAttribute("flash", "news.flash.deleted");
        return "redirect:/news";
    }

    /** htmx: the rendered Markdown, exactly as the article page will show it. */
    @PostMapping("/news/vorschau")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        permissions.requireWriteAny();
        model.addAttribute("html", markdown.toHtml(body));
        return "news/edit :: preview";
    }

    private String form(Model model, ArticleForm form, Article article) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("cityOptions", cities.options(permissions.coordinatedCities(), form.citySlug()));
        model.addAttribute("regions", cities.regions());
        model.addAttribute("networkAllowed", permissions.canEdit((String) null));
        return "news/edit";
    }
}
