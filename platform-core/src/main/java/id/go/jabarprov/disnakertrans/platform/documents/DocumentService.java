package id.go.jabarprov.disnakertrans.platform.documents;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploads and generated documents for every module: checked by content against the types the
 * caller allows, size-limited, stored once by SHA-256 under {@code portal.data.dir/documents}.
 */
@ApplicationScoped
public class DocumentService {

    /** What citizens upload as proof: scans and photos. */
    public static final Set<String> SCANS = Set.of(MediaTypes.PDF, MediaTypes.JPEG, MediaTypes.PNG);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "portal.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "portal.documents.max.bytes", defaultValue = "5242880")
    long defaultMaxBytes;

    private ContentStore store;

    @PostConstruct
    void init() {
        store = new ContentStore(Path.of(dataDir, "documents"));
    }

    /**
     * Stores an upload for a module. Refuses (per field {@code field}) an empty file, one over the
     * size limit, or content that is not one of {@code allowedTypes}, whatever its name says.
     */
    @Transactional
    public StoredDocument store(String moduleId, String field, String originalName, InputStream content,
            Set<String> allowedTypes, long maxBytes) {
        ContentStore.Written written;
        try {
            written = store.write(content, maxBytes > 0 ? maxBytes : defaultMaxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (written.size() < 0) {
            throw new BusinessException(Map.of(field, "document.too.large"));
        }
        if (written.size() == 0) {
            throw new BusinessException(Map.of(field, "document.empty"));
        }
        Optional<String> type = MediaTypes.detect(written.head());
        if (type.isEmpty() || !allowedTypes.contains(type.get())) {
            throw new BusinessException(Map.of(field, "document.type"));
        }
        String name = originalName == null || originalName.isBlank() ? "dokumen" : originalName.replaceAll("[\\\\/]", "_");
        StoredDocument document = new StoredDocument(written.sha256(), written.size(), type.get(),
                name.length() > 255 ? name.substring(0, 255) : name, moduleId, tenant(), actor(), Instant.now());
        em.persist(document);
        audit.record(moduleId, "document.stored", document.getId(), type.get() + ", " + written.size() + " bytes", null);
        return document;
    }

    /** Stores a document the portal generated itself (a PDF), already known to be well-formed. */
    @Transactional
    public StoredDocument storeGenerated(String moduleId, String name, byte[] pdf) {
        return store(moduleId, "document", name, new java.io.ByteArrayInputStream(pdf), Set.of(MediaTypes.PDF), Long.MAX_VALUE);
    }

    public Optional<StoredDocument> find(String id) {
        return Optional.ofNullable(id).map(i -> em.find(StoredDocument.class, i));
    }

    /** The bytes of a document; callers check first that the user may read it. */
    public InputStream open(StoredDocument document) {
        return store.read(document.getSha256());
    }

    private String tenant() {
        try {
            return tenantContext.current().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private String actor() {
        try {
            return currentUser.isSignedIn() ? currentUser.getUsername() : AuditService.SYSTEM_ACTOR;
        } catch (ContextNotActiveException e) {
            return AuditService.SYSTEM_ACTOR;
        }
    }
}
