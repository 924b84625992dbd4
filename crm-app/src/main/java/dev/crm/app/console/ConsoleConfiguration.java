package dev.crm.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages of the console: message bundles, the chosen locale and the {@code ?lang=} switch. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleConfiguration implements WebMvcConfigurer {

    /** Where every area keeps its bundle: {@code i18n/<area>.properties} and {@code i18n/<area>_zh_CN.properties}. */
    static final String BUNDLES = "classpath*:i18n/*.properties";
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2,3}(_[A-Z]{2})?$");

    /**
     * Loads every bundle found under {@code i18n/}, so an area adds its own file without editing a
     * list others edit too. No fallback to the server's locale: English is the default bundle.
     */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(bundleBasenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }

    /** The basenames ({@code classpath:i18n/agent}, ...) of the bundles on the class path, sorted. */
    static TreeSet<String> bundleBasenames() {
        TreeSet<String> basenames = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
                String file = resource.getFilename();
                if (file != null) {
                    String name = file.substring(0, file.length() - ".properties".length());
                    basenames.add("classpath:i18n/" + LOCALE_SUFFIX.matcher(name).replaceFirst(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return basenames;
    }

    /**
     * The language a user picked is kept in a cookie; without one the browser's Accept-Language
     * decides (so API calls see the same locale as before the console existed).
     */
    @Bean
    LocaleResolver localeResolver() {
        return new CookieLocaleResolver("crm-lang");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).addPathPatterns("/console", "/console/**", "/login");
    }
}
