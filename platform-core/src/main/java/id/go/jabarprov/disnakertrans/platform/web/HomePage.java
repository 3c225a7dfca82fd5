package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.module.MenuEntry;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The public home: choose a kab/kota (or the province) and see the services it offers online. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Tenants tenants;

    @Inject
    Navigation navigation;

    private String wilayah;

    public List<Wilayah> getTenants() {
        return tenants.all();
    }

    public String getWilayah() {
        return wilayah;
    }

    public void setWilayah(String wilayah) {
        this.wilayah = tenants.exists(wilayah) ? wilayah : null;
    }

    public Optional<Wilayah> chosen() {
        return tenants.find(wilayah);
    }

    public String getChosenName() {
        return chosen().map(Wilayah::getName).orElse(null);
    }

    public List<MenuEntry> getServices() {
        return navigation.publicServices(wilayah);
    }
}
