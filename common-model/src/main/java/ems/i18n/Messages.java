package ems.i18n;

import ems.error.FieldError;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message bundles read as UTF-8 properties. Each app has its own bundle for its screens; the model's
 * {@code i18n/errors} bundle holds the validation messages both apps show.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final ResourceBundle errors;
    private final Locale locale;
    /**
     * Parsed patterns, reused per thread: parsing a MessageFormat costs more than formatting with it, and a
     * MessageFormat may not be shared between threads (a shared one behind a lock became the bottleneck).
     */
    private final ThreadLocal<java.util.Map<String, MessageFormat>> formats =
            ThreadLocal.withInitial(java.util.HashMap::new);

    public Messages(String bundleName, Language language) {
        this.locale = language.locale();
        this.bundle = load(bundleName, locale);
        this.errors = load("i18n.errors", locale);
    }

    /** No fallback to the JVM's default locale: English is the base bundle, whatever the machine says. */
    private static ResourceBundle load(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key; a missing key shows as itself rather than breaking the page. */
    public String get(String key, Object... args) {
        return format(bundle, key, args);
    }

    public String error(FieldError error) {
        return format(errors, error.key(), error.args().toArray());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String format(ResourceBundle source, String key, Object... args) {
        String pattern;
        try {
            pattern = source.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return formats.get().computeIfAbsent(source.getBaseBundleName() + "/" + key,
                k -> new MessageFormat(pattern, locale)).format(args);
    }
}
