package id.go.jabarprov.disnakertrans.portal.it;

import id.go.jabarprov.disnakertrans.testmodule.TestModule;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The wars the tests deploy, built from the real {@code portal.war}: with the test module's jar
 * added (the plug-in proof), or with two jars declaring the same module id (must not deploy).
 */
public final class TestWars {

    private static final Path TARGET = Paths.get("target", "it-wars");

    private TestWars() {
    }

    public static Path portalWar() {
        return Paths.get(System.getProperty("portal.war", "target/portal.war"));
    }

    /** The test module as its own jar: its classes and its resources (pages, migration, bundle). */
    public static JavaArchive testModuleJar(String name) {
        return ShrinkWrap.create(JavaArchive.class, name)
                .addPackage(TestModule.class.getPackage())
                .as(ExplodedImporter.class).importDirectory(new File("src/test/testmodule"))
                .as(JavaArchive.class);
    }

    public static WebArchive portalWithTestModule() {
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(portalWar().toFile()).as(WebArchive.class)
                .addAsLibrary(testModuleJar("testmod.jar"));
    }

    /** The portal with the test module, exported for a plain Payara Micro start. */
    public static Path exportPortalWithTestModule() throws java.io.IOException {
        return export(portalWithTestModule(), "portal-testmod.war");
    }

    /** The portal with the test module twice, under two jar names: deployment must fail naming both. */
    public static Path exportDuplicateModuleWar() throws java.io.IOException {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(portalWar().toFile()).as(WebArchive.class)
                .addAsLibrary(testModuleJar("testmod.jar"))
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "testmod-copy.jar")
                        .addClass(id.go.jabarprov.disnakertrans.testmodule.copy.SameIdModule.class)
                        .addAsManifestResource(new File("src/test/testmodule/META-INF/beans.xml"), "beans.xml"));
        return export(war, "portal-duplicate.war");
    }

    /** The shipped portal with one module's jar taken out: a kab/kota set-up that does not run that module. */
    public static Path exportPortalWithout(String... moduleArtifacts) throws java.io.IOException {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(portalWar().toFile()).as(WebArchive.class);
        for (String moduleArtifact : moduleArtifacts) {
            var jars = war.getContent(path -> path.get().startsWith("/WEB-INF/lib/" + moduleArtifact + "-")).keySet();
            if (jars.isEmpty()) {
                throw new IllegalStateException(moduleArtifact + " is not in " + portalWar());
            }
            jars.forEach(war::delete);
        }
        return export(war, "portal-without-" + String.join("-", moduleArtifacts) + ".war");
    }

    private static Path export(WebArchive war, String name) throws java.io.IOException {
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve(name);
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
