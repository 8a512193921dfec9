package de.gemeinsinn.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An accessible overview of the JSON API in the site's own layout; the machine-readable
 * OpenAPI description is at {@code /v3/api-docs}, the interactive Swagger UI at
 * {@code /swagger-ui.html}.
 */
@Controller
class ApiDocsController {

    record Endpoint(String method, String path, String summary) {}

    private final RequestMappingHandlerMapping mappings;

    ApiDocsController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/api")
    String apiDocs(Model model) {
        List<Endpoint> endpoints = mappings.getHandlerMethods().entrySet().stream()
                .flatMap(e -> {
                    Operation op = e.getValue().getMethodAnnotation(Operation.class);
                    String summary = op == null ? "" : op.summary();
                    var methods = e.getKey().getMethodsCondition().getMethods();
                    return e.getKey().getPatternValues().stream()
                            .filter(p -> p.startsWith("/api/"))
                            .flatMap(p -> (methods.isEmpty()
                                            ? List.of("GET")
                                            : methods.stream().map(Enum::name).toList())
                                    .stream().map(m -> new Endpoint(m, p, summary)));
                })
                .sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
                .toList();
        model.addAttribute("endpoints", endpoints);
        return "platform/api";
    }
}
