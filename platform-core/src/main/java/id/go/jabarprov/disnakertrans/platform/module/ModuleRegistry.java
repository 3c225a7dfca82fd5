package id.go.jabarprov.disnakertrans.platform.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules shipped in this war, validated at deployment by {@link ModuleExtension}. Navigation,
 * the admin pages, the health check and the enablement checks all read it.
 */
@ApplicationScoped
public class ModuleRegistry {

    /** The core describes itself with the same contract; it is always on and never listed as a module. */
    public static final String CORE_ID = "platform";

    @Inject
    ModuleExtension extension;

    private Map<String, ModuleDeclaration> byId;
    private Map<String, Permission> permissions;
    private List<ModuleDeclaration> ordered;

    protected ModuleRegistry() {
        // for CDI
    }

    /** For tests and tools that build a registry without a container. */
    public ModuleRegistry(List<ModuleDeclaration> declarations) {
        index(declarations);
    }

    @PostConstruct
    void init() {
        index(extension.declarations());
    }

    private void index(List<ModuleDeclaration> declarations) {
        Map<String, ModuleDeclaration> ids = new LinkedHashMap<>();
        Map<String, Permission> perms = new LinkedHashMap<>();
        declarations.stream()
                .sorted(Comparator.comparing((ModuleDeclaration d) -> !d.descriptor().id().equals(CORE_ID))
                        .thenComparing(d -> d.descriptor().id()))
                .forEach(d -> {
                    ids.put(d.descriptor().id(), d);
                    d.descriptor().permissions().forEach(p -> perms.put(p.name(), p));
                });
        this.byId = Map.copyOf(ids);
        this.permissions = Map.copyOf(perms);
        this.ordered = List.copyOf(ids.values());
    }

    /** Every descriptor, the core first, then modules by id. */
    public List<PortalModule> all() {
        return ordered.stream().map(ModuleDeclaration::descriptor).toList();
    }

    /** The plug-in modules an administrator can enable per kab/kota (the core excluded). */
    public List<PortalModule> modules() {
        return all().stream().filter(m -> !CORE_ID.equals(m.id())).toList();
    }

    public Optional<PortalModule> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(ModuleDeclaration::descriptor);
    }

    public Optional<String> origin(String id) {
        return Optional.ofNullable(byId.get(id)).map(ModuleDeclaration::origin);
    }

    public boolean isInstalled(String id) {
        return byId.containsKey(id);
    }

    public Optional<Permission> permission(String name) {
        return Optional.ofNullable(permissions.get(name));
    }

    /** The permissions the given roles hold by default, across all modules. */
    public Set<String> permissionsOf(Set<String> roles) {
        return permissionsOf(roles, Set.of());
    }

    /** The permissions of roles held by a member of these tenants: province-only ones need the province among them. */
    public Set<String> permissionsOf(Set<String> roles, Set<String> tenants) {
        boolean province = tenants.contains(id.go.jabarprov.disnakertrans.platform.tenant.Wilayah.PROVINCE_CODE);
        Set<String> granted = new TreeSet<>();
        for (Permission permission : permissions.values()) {
            if ((province || !permission.provinceOnly()) && permission.defaultRoles().stream().anyMatch(roles::contains)) {
                granted.add(permission.name());
            }
        }
        return granted;
    }

    /** The module owning a permission, by its prefix. */
    public static String moduleOf(String permission) {
        int dot = permission.indexOf('.');
        return dot < 0 ? permission : permission.substring(0, dot);
    }
}
