package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Tells the people of a case that it moved: in the portal and by e-mail (the core sends after commit). */
@ApplicationScoped
public class CaseNotices {

    @Inject
    Notifier notifier;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    /** Every party with an account, and the case's mediator; never the person who acted. */
    public void everyone(DisputeCase dispute, String key) {
        everyone(dispute, key, new String[0]);
    }

    /** As {@link #everyone(DisputeCase, String)}, with arguments {1}, {2} … after the tracking code {0}. */
    public void everyone(DisputeCase dispute, String key, String... args) {
        Set<String> recipients = new LinkedHashSet<>();
        dispute.getParties().stream().map(CaseParty::getUsername).filter(Objects::nonNull).forEach(recipients::add);
        if (dispute.getAssignedMediator() != null) {
            recipients.add(dispute.getAssignedMediator());
        }
        send(dispute, key, recipients, args);
    }

    /** One person of the case (a caucus message), with arguments {1}, {2} … after the tracking code {0}. */
    public void only(DisputeCase dispute, String username, String key, String... args) {
        if (username != null) {
            send(dispute, key, new LinkedHashSet<>(Set.of(username)), args);
        }
    }

    /**
     * The heads of section of the office holding the case (the province while delegated to it): who assigns
     * mediators. Arguments {1}, {2} … follow the tracking code {0}.
     */
    public void heads(DisputeCase dispute, String key, String... args) {
        String office = dispute.isDelegated() ? Wilayah.PROVINCE_CODE : dispute.getWorkplaceKabKotaCode();
        Set<String> recipients = new LinkedHashSet<>();
        for (String role : new String[] {Roles.SIKHI_HEAD, Roles.TENANT_ADMIN}) {
            accounts.activeStaffWithRole(role, office).forEach(a -> recipients.add(a.getUsername()));
        }
        send(dispute, key, recipients, args);
    }

    /**
     * The parties (with an account) a Klarifikasi request is addressed to: one party, or every party
     * ({@code partyId} null). Arguments {1}, {2} … follow the tracking code {0}.
     */
    public void partiesAsked(DisputeCase dispute, String partyId, String key, String... args) {
        Set<String> recipients = new LinkedHashSet<>();
        dispute.getParties().stream().filter(p -> partyId == null || p.getId().equals(partyId)).map(CaseParty::getUsername)
                .filter(Objects::nonNull).forEach(recipients::add);
        send(dispute, key, recipients, args);
    }

    /** The registration officers of the case's kab/kota (a new or completed filing). */
    public void staffOf(DisputeCase dispute, String key) {
        Set<String> recipients = new LinkedHashSet<>();
        accounts.activeStaffWithRole(Roles.SIKHI_MEDIATOR, dispute.getWorkplaceKabKotaCode()).forEach(a -> recipients.add(a.getUsername()));
        if (dispute.getAssignedMediator() != null) {
            recipients.add(dispute.getAssignedMediator());
        }
        send(dispute, key, recipients);
    }

    private void send(DisputeCase dispute, String key, Set<String> recipients, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = dispute.getTrackingCode();
        System.arraycopy(args, 0, all, 1, args.length);
        recipients.remove(currentUser.getUsername());
        for (String username : recipients) {
            boolean staff = accounts.findActiveByUsername(username).map(a -> a.getKind() == id.go.jabarprov.disnakertrans.platform.identity.Account.Kind.STAFF)
                    .orElse(false);
            String link = (staff ? "/staff/sikhi/case.xhtml?id=" : "/me/sikhi/case.xhtml?id=") + dispute.getId();
            notifier.notify(username, SikhiModule.ID, key, link, all);
        }
    }
}
