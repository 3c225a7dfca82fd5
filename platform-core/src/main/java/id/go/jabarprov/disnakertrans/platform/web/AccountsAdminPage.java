package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.AccountService;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Staff accounts: list (paged in the database), create, change roles and kab/kota, reset password, deactivate. */
@Named
@ViewScoped
public class AccountsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient AccountService service;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Feedback feedback;

    private String search;
    private final NewAccount form = new NewAccount();
    private String selectedId;
    private String newPassword;
    private EditAccount edit;

    private final LazyDataModel<Account> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(visibleTenants(), search);
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.page(visibleTenants(), search, first, pageSize);
        }

        @Override
        public String getRowKey(Account account) {
            return account.getId();
        }
    };

    /** A province administrator sees every account; a kab/kota administrator those of their kab/kota. */
    private Set<String> visibleTenants() {
        return currentUser.can(PlatformModule.ALL_TENANTS) ? null : new HashSet<>(currentUser.memberships());
    }

    public void create() {
        try {
            service.createStaff(form.username, form.name, form.email, new HashSet<>(form.roles), new HashSet<>(form.tenants),
                    form.password);
            feedback.info("admin.accounts.created", form.username);
            form.clear();
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public void resetPassword() {
        try {
            service.resetPassword(selectedId, newPassword);
            feedback.info("admin.accounts.password.reset");
            newPassword = null;
        } catch (BusinessException e) {
            e.fieldKeys().values().forEach(key -> feedback.error("reset:newPassword", key));
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    /** Opens the form that changes an account's name, roles and kab/kota. */
    public void startEdit(Account account) {
        edit = new EditAccount(account.getId(), account.getUsername(), account.getDisplayName(),
                new ArrayList<>(account.getRoles()), new ArrayList<>(account.getTenants()));
    }

    public void saveEdit() {
        try {
            service.updateStaff(edit.id, edit.name, new HashSet<>(edit.roles), new HashSet<>(edit.tenants));
            feedback.info("admin.accounts.updated", edit.username);
            edit = null;
        } catch (BusinessException e) {
            e.fieldKeys().forEach((field, key) -> feedback.error("edit:" + field, key));
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public void setActive(String accountId, boolean active) {
        try {
            service.setActive(accountId, active);
            feedback.info(active ? "admin.accounts.activated" : "admin.accounts.deactivated");
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public List<String> getAssignableRoles() {
        return Roles.STAFF_ROLES.stream()
                .filter(r -> !Roles.PLATFORM_ADMIN.equals(r) || currentUser.can(PlatformModule.ALL_TENANTS)).toList();
    }

    public List<Wilayah> getAssignableTenants() {
        return currentUser.getSwitchableTenants();
    }

    public String rolesOf(Account account) {
        return String.join(", ", account.getRoles());
    }

    public String tenantsOf(Account account) {
        return account.getTenants().stream().collect(Collectors.joining(", "));
    }

    public LazyDataModel<Account> getModel() { return model; }
    public NewAccount getForm() { return form; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getSelectedId() { return selectedId; }
    public void setSelectedId(String selectedId) { this.selectedId = selectedId; }
    public EditAccount getEdit() { return edit; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }

    /** The fields of the "change account" form. */
    public static class EditAccount implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String username;
        private String name;
        private List<String> roles;
        private List<String> tenants;

        EditAccount(String id, String username, String name, List<String> roles, List<String> tenants) {
            this.id = id;
            this.username = username;
            this.name = name;
            this.roles = roles;
            this.tenants = tenants;
        }

        public String getUsername() { return username; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> roles) { this.roles = roles; }
        public List<String> getTenants() { return tenants; }
        public void setTenants(List<String> tenants) { this.tenants = tenants; }
    }

    /** The fields of the "new staff account" form. */
    public static class NewAccount implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String name;
        private String email;
        private String password;
        private List<String> roles = new ArrayList<>();
        private List<String> tenants = new ArrayList<>();

        void clear() {
            username = name = email = password = null;
            roles = new ArrayList<>();
            tenants = new ArrayList<>();
        }

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> roles) { this.roles = roles; }
        public List<String> getTenants() { return tenants; }
        public void setTenants(List<String> tenants) { this.tenants = tenants; }
    }
}
