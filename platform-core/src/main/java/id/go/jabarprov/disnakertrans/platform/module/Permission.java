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
 * @param provinceOnly held only by members of the province office ({@code 32}): the roles are the same in the
 *                     province and in every kab/kota, so a role alone cannot say "the province's officer"
 */
public record Permission(String name, String descriptionKey, Set<String> defaultRoles, boolean provinceOnly) {

    public Permission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        defaultRoles = Set.copyOf(defaultRoles);
    }

    public Permission(String name, String descriptionKey, Set<String> defaultRoles) {
        this(name, descriptionKey, defaultRoles, false);
    }

    public static Permission of(String name, String descriptionKey, String... defaultRoles) {
        return new Permission(name, descriptionKey, Set.of(defaultRoles));
    }

    /** A permission for work the province office does (delegated cases, say): its roles hold it only as members of {@code 32}. */
    public static Permission ofProvince(String name, String descriptionKey, String... defaultRoles) {
        return new Permission(name, descriptionKey, Set.of(defaultRoles), true);
    }

    public String getName() {
        return name;
    }
}
