package de.gemeinsinn.organisations;

import de.gemeinsinn.platform.web.UploadLimitFilter;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A logo over the upload limit sends the visitor back to the form with a German message. */
@Configuration(proxyBeanMethods = false)
class OrganisationsWebConfiguration {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> organisationsUploadLimitFilter() {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter(
                Pattern.compile("^/organisationen/(registrieren|[a-z0-9-]+/bearbeiten)$"), "image.tooLarge"));
        registration.addUrlPatterns("/organisationen/*");
        registration.setOrder(-200);
        return registration;
    }
}
