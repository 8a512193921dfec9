package de.gemeinsinn.news;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsWebConfiguration {

    @Bean
    FilterRegistrationBean<NewsUploadLimitFilter> newsUploadLimitFilter() {
        FilterRegistrationBean<NewsUploadLimitFilter> registration =
                new FilterRegistrationBean<>(new NewsUploadLimitFilter());
        registration.addUrlPatterns("/news/*");
        // after Spring Session (the flash message goes into the shared session), before security (-100)
        registration.setOrder(-200);
        return registration;
    }
}
