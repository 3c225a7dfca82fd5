package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditRecord;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.audit.AuditTrail;
import id.go.jabarprov.disnakertrans.platform.audit.ChainVerification;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleDisabledException;
import id.go.jabarprov.disnakertrans.platform.migration.DatabaseMigrator;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.testmodule.IsolationProbe;
import id.go.jabarprov.disnakertrans.testmodule.NoteService;
import id.go.jabarprov.disnakertrans.testmodule.TestSeeder;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container tests of the core on a real Payara Micro, once on H2 and once on PostgreSQL
 * (the test command runs this class a second time with {@code arquillian.launch=payara-pg}):
 * migrations, the registry, enablement enforced by the service, tenant isolation of the
 * persistence layer itself, and the audit chain.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return TestWars.portalWithTestModule().addClass(PersistenceIT.class);
    }

    @Inject
    ModuleRegistry registry;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    Tenants tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    TestSeeder seeder;

    @Inject
    IsolationProbe probe;

    @Inject
    NoteService notes;

    @Inject
    EnablementService enablement;

    @Inject
    AuditService audit;

    @Inject
    AuditTrail trail;

    @Inject
    DataSource dataSource;

    @Inject
    id.go.jabarprov.disnakertrans.platform.documents.DocumentService documents;

    @Inject
    id.go.jabarprov.disnakertrans.platform.calendar.WorkingDayCalendar calendar;

    @Test
    void migrationsRanForTheCoreAndTheModuleWithTheirOwnHistories() throws Exception {
        // the exact version is checked against the migration files by DeploymentIT; here: the latest tables exist
        assertTrue(Integer.parseInt(migrator.versions().get("platform")) >= 5);
        try (Connection db = dataSource.getConnection(); ResultSet rs = db.createStatement().executeQuery(
                "select count(*) from platform_notification")) {
            assertTrue(rs.next());
        }
        assertEquals("1", migrator.versions().get("testmod"));
        assertEquals(28, tenants.all().size());
        try (Connection db = dataSource.getConnection(); ResultSet rs = db.createStatement().executeQuery(
                "select count(*) from platform_wilayah where level = 4")) {
            rs.next();
            assertEquals(5957, rs.getInt(1));
        }
        try (Connection db = dataSource.getConnection(); ResultSet rs = db.createStatement().executeQuery(
                "select count(*) from \"flyway_history_testmod\" where \"success\" = true")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1);
        }
    }

    @Test
    void theWorkingDayCalendarCountsOnTheShipped2026Holidays() {
        var deadline = calendar.deadline(java.time.LocalDate.of(2026, 3, 17), 7);
        assertEquals(java.time.LocalDate.of(2026, 4, 2), deadline.date(), "past Nyepi and Idul Fitri");
        assertTrue(deadline.isCertain());
        assertFalse(calendar.isWorkingDay(java.time.LocalDate.of(2026, 8, 17)));
    }

    @Test
    void uploadsAreCheckedByContentAndSizeAndStoredOnce() {
        byte[] pdf = "%PDF-1.4 bukti risalah bipartit".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var first = documents.store("testmod", "proof", "risalah.pdf", new java.io.ByteArrayInputStream(pdf),
                id.go.jabarprov.disnakertrans.platform.documents.DocumentService.SCANS, 1024);
        var second = documents.store("testmod", "proof", "risalah (2).pdf", new java.io.ByteArrayInputStream(pdf),
                id.go.jabarprov.disnakertrans.platform.documents.DocumentService.SCANS, 1024);
        assertEquals(first.getSha256(), second.getSha256());
        assertFalse(first.getId().equals(second.getId()), "two records, one stored content");
        assertEquals("application/pdf", first.getMediaType());

        var refused = assertThrows(id.go.jabarprov.disnakertrans.platform.application.BusinessException.class,
                () -> documents.store("testmod", "proof", "bukti.pdf",
                        new java.io.ByteArrayInputStream("MZ\u0090 not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                        id.go.jabarprov.disnakertrans.platform.documents.DocumentService.SCANS, 1024));
        assertEquals(java.util.Map.of("proof", "document.type"), refused.fieldKeys(), "a renamed program is refused");
        var tooLarge = assertThrows(id.go.jabarprov.disnakertrans.platform.application.BusinessException.class,
                () -> documents.store("testmod", "proof", "besar.pdf", new java.io.ByteArrayInputStream(new byte[2048]),
                        id.go.jabarprov.disnakertrans.platform.documents.DocumentService.SCANS, 1024));
        assertEquals(java.util.Map.of("proof", "document.too.large"), tooLarge.fieldKeys());
        var empty = assertThrows(id.go.jabarprov.disnakertrans.platform.application.BusinessException.class,
                () -> documents.store("testmod", "proof", "kosong.pdf", new java.io.ByteArrayInputStream(new byte[0]),
                        id.go.jabarprov.disnakertrans.platform.documents.DocumentService.SCANS, 1024));
        assertEquals(java.util.Map.of("proof", "document.empty"), empty.fieldKeys());
    }

    @Test
    void theRegistryKnowsTheCoreTheShippedModulesAndTheTestModuleWithTheirJars() {
        assertEquals(ModuleRegistry.CORE_ID, registry.all().get(0).id());
        assertEquals(java.util.Set.of("sikhi", "jobinfo", "testmod"),
                registry.modules().stream().map(m -> m.id()).collect(java.util.stream.Collectors.toSet()));
        assertTrue(registry.origin("sikhi").orElseThrow().contains("module-sikhi"), registry.origin("sikhi").orElseThrow());
        assertTrue(registry.origin("testmod").orElseThrow().contains("testmod.jar"));
        assertTrue(registry.permissionsOf(java.util.Set.of("jobinfo-officer")).contains("testmod.notes"));
        assertFalse(registry.permissionsOf(java.util.Set.of("citizen")).contains("testmod.notes"));
    }

    @Test
    void aModulesServiceRefusesWhereTheModuleIsOff() {
        seeder.enable("32.10", "testmod", false);
        tenantContext.set("32.10");
        assertThrows(ModuleDisabledException.class, () -> notes.list());
        seeder.enable("32.10", "testmod", true);
        assertTrue(enablement.isEnabled("32.10", "testmod"));
        // on: now only the missing permission stops an anonymous caller
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> notes.list());
        assertFalse(denied instanceof ModuleDisabledException);
        seeder.enable("32.10", "testmod", false);
    }

    @Test
    void anotherTenantsRowsAreInvisibleAndUntouchableWithoutAnyWhereClause() {
        String mine = seeder.note("32.73", "milik Kota Bandung");
        String theirs = seeder.note("32.04", "milik Kabupaten Bandung");

        tenantContext.set("32.73");
        assertNotNull(probe.find(mine));
        assertNull(probe.find(theirs), "find by id");
        assertTrue(probe.texts().contains("milik Kota Bandung"));
        assertFalse(probe.texts().contains("milik Kabupaten Bandung"), "JPQL");
        long mineCount = probe.countByCriteria();
        assertFalse(probe.changeById(theirs, "diubah"), "change by id");
        assertEquals(0, probe.deleteById(theirs), "bulk delete by id");
        assertEquals(mineCount, probe.renameAll("semua milik 32.73"), "bulk update touches only 32.73");

        tenantContext.set("32.04");
        assertEquals("milik Kabupaten Bandung", probe.find(theirs).getText(), "the other row is intact");
        assertNull(probe.find(mine));
    }

    @Test
    void withoutAKabKotaTenantOwnedReadsFailClosed() {
        tenantContext.set(null);
        assertThrows(RuntimeException.class, () -> probe.texts());
    }

    @Test
    void theAuditChainVerifiesAndCatchesAnEditByHand() throws Exception {
        AuditRecord first = audit.record("testmod", "test.one", "x", "first", null);
        AuditRecord second = audit.record("testmod", "test.two", "x", "second", null);
        assertEquals(first.getSeq() + 1, second.getSeq());
        assertEquals(first.getHash(), second.getPrevHash());
        ChainVerification ok = trail.verify();
        assertTrue(ok.intact(), String.valueOf(ok.reason()));

        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement("update platform_audit set target = ? where seq = ?")) {
            update.setString(1, "y");
            update.setLong(2, first.getSeq());
            assertEquals(1, update.executeUpdate());
        }
        ChainVerification broken = trail.verify();
        assertFalse(broken.intact());
        assertEquals(first.getSeq(), broken.firstBroken());

        try (Connection db = dataSource.getConnection();
                PreparedStatement restore = db.prepareStatement("update platform_audit set target = ? where seq = ?")) {
            restore.setString(1, "x");
            restore.setLong(2, first.getSeq());
            restore.executeUpdate();
        }
        assertTrue(trail.verify().intact());
    }
}
