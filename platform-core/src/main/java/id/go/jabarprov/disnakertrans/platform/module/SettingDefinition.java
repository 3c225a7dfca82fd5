package id.go.jabarprov.disnakertrans.platform.module;

import java.util.List;
import java.util.Objects;

/**
 * A typed setting a module declares; administrators set its value per kab/kota on a form generated
 * from this definition.
 *
 * @param name         key within the module, e.g. {@code meetingBaseUrl}
 * @param labelKey     i18n key of the label
 * @param helpKey      i18n key of the help text, or {@code null}
 * @param type         the value's type
 * @param defaultValue the value when no administrator has set one, as text; may be {@code null} if not required
 * @param required     whether an empty value is refused
 * @param options      the allowed values of a {@link SettingType#CHOICE}; empty otherwise
 * @param min          lower bound of an {@link SettingType#INTEGER}, or {@code null}
 * @param max          upper bound of an {@link SettingType#INTEGER}, or {@code null}
 */
public record SettingDefinition(String name, String labelKey, String helpKey, SettingType type, String defaultValue,
        boolean required, List<String> options, Integer min, Integer max) {

    public SettingDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
    }

    public static SettingDefinition text(String name, String labelKey, String helpKey, String defaultValue, boolean required) {
        return new SettingDefinition(name, labelKey, helpKey, SettingType.TEXT, defaultValue, required, List.of(), null, null);
    }

    public static SettingDefinition integer(String name, String labelKey, String helpKey, int defaultValue, int min, int max) {
        return new SettingDefinition(name, labelKey, helpKey, SettingType.INTEGER, Integer.toString(defaultValue), true,
                List.of(), min, max);
    }

    public static SettingDefinition bool(String name, String labelKey, String helpKey, boolean defaultValue) {
        return new SettingDefinition(name, labelKey, helpKey, SettingType.BOOLEAN, Boolean.toString(defaultValue), true,
                List.of(), null, null);
    }

    public static SettingDefinition url(String name, String labelKey, String helpKey, String defaultValue, boolean required) {
        return new SettingDefinition(name, labelKey, helpKey, SettingType.URL, defaultValue, required, List.of(), null, null);
    }

    public static SettingDefinition email(String name, String labelKey, String helpKey, String defaultValue, boolean required) {
        return new SettingDefinition(name, labelKey, helpKey, SettingType.EMAIL, defaultValue, required, List.of(), null, null);
    }

    public static SettingDefinition choice(String name, String labelKey, String helpKey, String defaultValue, List<String> options) {
        return new SettingDefinition(name, labelKey, helpKey, SettingType.CHOICE, defaultValue, true, options, null, null);
    }

    // Getters for Faces EL, which does not see record components as properties.
    public String getName() { return name; }
    public String getLabelKey() { return labelKey; }
    public String getHelpKey() { return helpKey; }
    public String getType() { return type.name(); }
    public List<String> getOptions() { return options; }
    public boolean isRequired() { return required; }
}
