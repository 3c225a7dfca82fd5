package id.go.jabarprov.disnakertrans.platform.module;

import java.util.List;

/**
 * The contract every plug-in module implements exactly once, as an {@code @ApplicationScoped} bean at
 * the root of its jar (for example {@code sikhi.SikhiModule}). A descriptor is data: it declares what
 * the module brings, and holds no business logic.
 *
 * <p>The core's {@link ModuleExtension} collects every descriptor at deployment, validates the whole
 * set (unique ids, unique permissions, declared dependencies present) and fails the deployment with a
 * message naming the offending jars. The {@link ModuleRegistry} then serves navigation, the admin
 * pages, the health check and the enablement checks.
 *
 * <p>Descriptors are instantiated once by the extension with their public no-argument constructor,
 * before CDI is ready, so they must not inject anything.
 */
public interface PortalModule {

    /**
     * Stable id, lower case letters and digits ({@code sikhi}). It prefixes the module's tables,
     * EL names, view folders ({@code /staff/<id>/…}), i18n keys and config keys ({@code portal.<id>.*}).
     */
    String id();

    /** Version of the module, shown to administrators. */
    String version();

    /** Base name of the module's resource bundle; its keys start with the module id. */
    String bundle();

    /** i18n key of the module's name; the description key is the same with {@code .description}. */
    default String nameKey() {
        return id() + ".module.name";
    }

    default String descriptionKey() {
        return id() + ".module.description";
    }

    /** Permissions the module defines, each with the roles that hold it by default. */
    List<Permission> permissions();

    /** Menu entries, per audience. */
    List<MenuEntry> menu();

    /** Typed settings an administrator may set per kab/kota; the admin form is generated from them. */
    default List<SettingDefinition> settings() {
        return List.of();
    }

    /** Ids of other modules this one needs present in the war (rarely anything). */
    default List<String> dependsOn() {
        return List.of();
    }

    /**
     * Flyway location(s) of the module's migrations, comma-separated; {@code {vendor}} in a location names a
     * folder per database ({@code h2}, {@code postgresql}). Each module has its own history table.
     */
    default String migrationLocation() {
        return "classpath:db/migration/" + id();
    }
}
