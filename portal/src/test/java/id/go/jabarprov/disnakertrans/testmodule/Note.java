package id.go.jabarprov.disnakertrans.testmodule;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A tenant-owned row of the test module: isolation is inherited, no query names the kab/kota. */
@Entity
@Table(name = "testmod_note")
public class Note extends TenantOwnedEntity {

    @Id
    private String id;

    private String text;

    @Version
    private long version;

    protected Note() {
    }

    public Note(String text) {
        this.id = UUID.randomUUID().toString();
        this.text = text;
    }

    public String getId() { return id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
