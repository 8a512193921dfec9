package de.gemeinsinn.news;

import de.gemeinsinn.platform.web.UploadLimitFilter;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsWebConfiguration {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> newsUploadLimitFilter() {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
                new UploadLimitFilter(Pattern.compile("^/news/(neu|[a-z0-9-]+/bearbeiten)$"), "news.image.tooLarge"));
        registration.addUrlPatterns("/news/*");
        // after Spring Session (the flash message goes into the shared session), before security (-100)
        registration.setOrder(-200);
        return registration;
    }
}
