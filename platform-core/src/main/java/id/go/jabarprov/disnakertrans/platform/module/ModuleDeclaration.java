package id.go.jabarprov.disnakertrans.platform.module;

import java.util.Objects;

/**
 * A descriptor together with the jar it came from, so that a broken set can be reported by jar name.
 *
 * @param descriptor the module's descriptor instance
 * @param origin     the jar (or folder) the descriptor class was loaded from
 */
public record ModuleDeclaration(PortalModule descriptor, String origin) {

    public ModuleDeclaration {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(origin, "origin");
    }

    /** The last path element of the class's code source: the jar name for a library jar. */
    public static ModuleDeclaration of(Class<? extends PortalModule> type, PortalModule descriptor) {
        String origin = type.getName();
        var source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            String path = source.getLocation().getPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.endsWith("!")) {
                path = path.substring(0, path.length() - 1);
            }
            origin = path.substring(path.lastIndexOf('/') + 1) + " (" + type.getName() + ")";
        }
        return new ModuleDeclaration(descriptor, origin);
    }
}
