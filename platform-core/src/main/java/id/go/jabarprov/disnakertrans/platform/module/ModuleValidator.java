package id.go.jabarprov.disnakertrans.platform.module;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a set of module declarations as a whole. Every problem is reported, each naming the jars
 * involved, so that an operator who dropped two incompatible jars into the war knows which ones.
 */
public final class ModuleValidator {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,23}");

    private ModuleValidator() {
    }

    /** Returns the problems found; an empty list means the set is valid. */
    public static List<String> validate(List<ModuleDeclaration> declarations) {
        List<String> problems = new ArrayList<>();
        Map<String, ModuleDeclaration> byId = new HashMap<>();
        Map<String, ModuleDeclaration> byPermission = new HashMap<>();
        for (ModuleDeclaration declaration : declarations) {
            PortalModule module = declaration.descriptor();
            String id = module.id();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add("Module in " + declaration.origin() + " has an invalid id '" + id
                        + "': use 2 to 24 lower-case letters and digits, starting with a letter");
                continue;
            }
            ModuleDeclaration earlier = byId.putIfAbsent(id, declaration);
            if (earlier != null) {
                problems.add("Duplicate module id '" + id + "' in " + earlier.origin() + " and in " + declaration.origin());
                continue;
            }
            Set<String> own = new HashSet<>();
            for (Permission permission : module.permissions()) {
                if (!permission.name().startsWith(id + ".")) {
                    problems.add("Permission '" + permission.name() + "' of module '" + id + "' in " + declaration.origin()
                            + " must start with '" + id + ".'");
                }
                ModuleDeclaration holder = byPermission.putIfAbsent(permission.name(), declaration);
                if (holder != null) {
                    problems.add("Duplicate permission '" + permission.name() + "' in " + holder.origin() + " and in "
                            + declaration.origin());
                }
                own.add(permission.name());
            }
            for (MenuEntry entry : module.menu()) {
                if (entry.permission() != null && !own.contains(entry.permission())) {
                    problems.add("Menu entry '" + entry.labelKey() + "' of module '" + id + "' in " + declaration.origin()
                            + " needs undeclared permission '" + entry.permission() + "'");
                }
            }
        }
        for (ModuleDeclaration declaration : declarations) {
            for (String needed : declaration.descriptor().dependsOn()) {
                if (!byId.containsKey(needed)) {
                    problems.add("Module '" + declaration.descriptor().id() + "' in " + declaration.origin()
                            + " needs module '" + needed + "', which is not in the war");
                }
            }
        }
        return problems;
    }
}
