package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A message on a case: to everyone, or in a private caucus between the mediator and one party. Created
 * by {@link DisputeCase#postMessage}, never changed. Not a collection of the case: threads grow long and
 * are read page by page.
 */
@Entity
@Table(name = "sikhi_message")
public class CaseMessage extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "thread_kind", nullable = false)
    private MessageThread thread;

    /** The party's username in a caucus; null in the thread to all. */
    @Column(name = "caucus_with")
    private String caucusWith;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAt;

    protected CaseMessage() {
    }

    CaseMessage(DisputeCase disputeCase, MessageThread thread, String caucusWith, String author, String body, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.thread = thread;
        this.caucusWith = thread == MessageThread.CAUCUS ? caucusWith : null;
        this.author = author;
        this.body = body.strip();
        this.postedAt = SikhiTime.utc(at);
    }

    /**
     * Whether this person may read the message: the thread to all is for every party and the mediator; a
     * caucus only for the mediator of the case and the one party (and whoever wrote it).
     *
     * @param username       the reader
     * @param caseMediator   the reader is the case's assigned mediator
     * @param partyOfCase    the reader is a party of the case
     */
    public boolean isVisibleTo(String username, boolean caseMediator, boolean partyOfCase) {
        if (caseMediator || Objects.equals(author, username)) {
            return true;
        }
        return thread == MessageThread.ALL ? partyOfCase : Objects.equals(caucusWith, username);
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public MessageThread getThread() { return thread; }
    public String getCaucusWith() { return caucusWith; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getPostedAt() { return SikhiTime.instant(postedAt); }
}
