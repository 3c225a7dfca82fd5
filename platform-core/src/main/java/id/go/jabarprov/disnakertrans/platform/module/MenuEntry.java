package id.go.jabarprov.disnakertrans.platform.module;

import java.util.Objects;

/**
 * One entry of the portal menu.
 *
 * @param audience   who sees it
 * @param labelKey   i18n key of its label
 * @param view       the view it opens, e.g. {@code /staff/sikhi/cases.xhtml}; must lie in the audience's URL space
 * @param icon       a PrimeIcons class, e.g. {@code pi pi-briefcase}
 * @param position   order in the menu, lower first
 * @param permission permission required to see it, or {@code null} for anyone of the audience
 */
public record MenuEntry(Audience audience, String labelKey, String view, String icon, int position, String permission) {

    public MenuEntry {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(view, "view");
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getView() {
        return view;
    }

    public String getIcon() {
        return icon;
    }
}
