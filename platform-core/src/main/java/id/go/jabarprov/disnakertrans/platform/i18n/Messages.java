package id.go.jabarprov.disnakertrans.platform.i18n;

import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every user-facing text, from the core's bundle and each installed module's bundle, in the
 * request's language: {@code #{msg['home.title']}} in pages, {@link #text} in code. Bahasa Indonesia
 * is the base bundle; English is the {@code _en} variant. The JVM's own locale never leaks in.
 */
@Named("msg")
@ApplicationScoped
public class Messages extends AbstractMap<String, String> {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    ModuleRegistry registry;

    @Override
    public String get(Object key) {
        return text(currentLocale(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }

    /** The text of a key in a locale, with {@link MessageFormat} arguments; {@code ???key???} if missing. */
    public String text(Locale locale, String key, Object... args) {
        for (PortalModule module : registry.all()) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(module.bundle(), bundleLocale(locale),
                        Thread.currentThread().getContextClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
                }
            } catch (MissingResourceException e) {
                // a module without a bundle: look in the next one
            }
        }
        return "???" + key + "???";
    }

    /** The text of a key in the current request's language. */
    public String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    public static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return INDONESIAN;
    }

    /** Indonesian is the base bundle, so it is looked up as the root locale. */
    private static Locale bundleLocale(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    }
}
