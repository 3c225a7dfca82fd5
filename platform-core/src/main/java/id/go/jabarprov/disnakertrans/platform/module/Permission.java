package id.go.jabarprov.disnakertrans.platform.module;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module defines ({@code sikhi.case.mediate}). Pages, menus and services check
 * permissions, never raw roles; roles only decide which permissions a user holds by default.
 *
 * @param name         unique across the portal, prefixed with the module id and a dot
 * @param descriptionKey i18n key describing what the permission allows
 * @param defaultRoles roles ({@link Roles}) that hold it by default
 */
public record Permission(String name, String descriptionKey, Set<String> defaultRoles) {

    public Permission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        defaultRoles = Set.copyOf(defaultRoles);
    }

    public static Permission of(String name, String descriptionKey, String... defaultRoles) {
        return new Permission(name, descriptionKey, Set.of(defaultRoles));
    }

    public String getName() {
        return name;
    }
}
