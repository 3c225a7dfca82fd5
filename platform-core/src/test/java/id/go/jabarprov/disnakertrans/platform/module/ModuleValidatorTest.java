package id.go.jabarprov.disnakertrans.platform.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleValidatorTest {

    private static PortalModule module(String id, List<Permission> permissions, List<MenuEntry> menu, List<String> dependsOn) {
        return new PortalModule() {
            public String id() { return id; }
            public String version() { return "1"; }
            public String bundle() { return "b"; }
            public List<Permission> permissions() { return permissions; }
            public List<MenuEntry> menu() { return menu; }
            public List<String> dependsOn() { return dependsOn; }
        };
    }

    private static ModuleDeclaration declared(PortalModule module, String jar) {
        return new ModuleDeclaration(module, jar);
    }

    @Test
    void aConsistentSetHasNoProblems() {
        var a = module("sikhi", List.of(Permission.of("sikhi.case.mediate", "k", Roles.SIKHI_MEDIATOR)),
                List.of(new MenuEntry(Audience.STAFF, "k", "/staff/sikhi/x.xhtml", "pi", 1, "sikhi.case.mediate")), List.of());
        var b = module("jobinfo", List.of(), List.of(), List.of("sikhi"));
        assertEquals(List.of(), ModuleValidator.validate(List.of(declared(a, "module-sikhi.jar"), declared(b, "module-jobinfo.jar"))));
    }

    @Test
    void aDuplicateIdNamesBothJars() {
        var a = module("sikhi", List.of(), List.of(), List.of());
        var b = module("sikhi", List.of(), List.of(), List.of());
        List<String> problems = ModuleValidator.validate(List.of(declared(a, "module-sikhi-1.0.jar"), declared(b, "sikhi-fork.jar")));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("'sikhi'"));
        assertTrue(problems.get(0).contains("module-sikhi-1.0.jar") && problems.get(0).contains("sikhi-fork.jar"), problems.get(0));
    }

    @Test
    void aDuplicatePermissionNamesBothJars() {
        // the second module declares a permission in the first one's name space
        var a = module("sikhi", List.of(Permission.of("sikhi.case.mediate", "k")), List.of(), List.of());
        var b = module("other", List.of(Permission.of("sikhi.case.mediate", "k")), List.of(), List.of());
        List<String> problems = ModuleValidator.validate(List.of(declared(a, "a.jar"), declared(b, "b.jar")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Duplicate permission 'sikhi.case.mediate' in a.jar and in b.jar")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("must start with 'other.'")));
    }

    @Test
    void aMissingDependencyABadIdAndAnUndeclaredMenuPermissionAreReported() {
        var a = module("village", List.of(), List.of(new MenuEntry(Audience.STAFF, "k", "/staff/village/x.xhtml", "pi", 1,
                "village.nothing")), List.of("jobinfo"));
        var b = module("Bad-Id", List.of(), List.of(), List.of());
        List<String> problems = ModuleValidator.validate(List.of(declared(a, "v.jar"), declared(b, "bad.jar")));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("needs module 'jobinfo'")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("invalid id 'Bad-Id'") && p.contains("bad.jar")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("undeclared permission 'village.nothing'")));
    }

    @Test
    void theRegistryGrantsPermissionsByDefaultRole() {
        var a = module("sikhi", List.of(Permission.of("sikhi.case.mediate", "k", Roles.SIKHI_MEDIATOR),
                Permission.of("sikhi.case.assign", "k", Roles.TENANT_ADMIN)), List.of(), List.of());
        ModuleRegistry registry = new ModuleRegistry(List.of(declared(a, "a.jar")));
        assertEquals(java.util.Set.of("sikhi.case.mediate"), registry.permissionsOf(java.util.Set.of(Roles.SIKHI_MEDIATOR)));
        assertEquals(java.util.Set.of(), registry.permissionsOf(java.util.Set.of(Roles.CITIZEN)));
        assertEquals("sikhi", ModuleRegistry.moduleOf("sikhi.case.assign"));
    }

    @Test
    void aProvincePermissionIsHeldOnlyByMembersOfTheProvince() {
        var a = module("sikhi", List.of(Permission.of("sikhi.case.mediate", "k", Roles.SIKHI_MEDIATOR),
                Permission.ofProvince("sikhi.province", "k", Roles.SIKHI_MEDIATOR)), List.of(), List.of());
        ModuleRegistry registry = new ModuleRegistry(List.of(declared(a, "a.jar")));
        var mediator = java.util.Set.of(Roles.SIKHI_MEDIATOR);
        assertEquals(java.util.Set.of("sikhi.case.mediate"), registry.permissionsOf(mediator, java.util.Set.of("32.04")));
        assertEquals(java.util.Set.of("sikhi.case.mediate"), registry.permissionsOf(mediator));
        assertEquals(java.util.Set.of("sikhi.case.mediate", "sikhi.province"), registry.permissionsOf(mediator, java.util.Set.of("32")));
        assertEquals(java.util.Set.of("sikhi.case.mediate", "sikhi.province"),
                registry.permissionsOf(mediator, java.util.Set.of("32.73", "32")));
    }
}
