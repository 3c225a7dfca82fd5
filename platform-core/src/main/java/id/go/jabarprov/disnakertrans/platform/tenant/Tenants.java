package id.go.jabarprov.disnakertrans.platform.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 28 tenants: the province ({@code 32}) and its 27 kab/kota. Loaded once from the reference
 * data; a tiny, never-changing list, so it is kept in memory for every page that needs it.
 */
@ApplicationScoped
public class Tenants {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    private Map<String, Wilayah> byCode;
    private List<Wilayah> ordered;

    @PostConstruct
    void load() {
        Map<String, Wilayah> map = new LinkedHashMap<>();
        em.createQuery("select w from Wilayah w where w.level <= 2 order by w.level, w.code", Wilayah.class)
                .getResultList().forEach(w -> map.put(w.getCode(), w));
        byCode = Map.copyOf(map);
        ordered = List.copyOf(map.values());
    }

    /** The province first, then the kab/kota by code. */
    public List<Wilayah> all() {
        return ordered;
    }

    public List<Wilayah> kabKota() {
        return ordered.stream().filter(w -> !w.isProvince()).toList();
    }

    public Optional<Wilayah> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    public String nameOf(String code) {
        return find(code).map(Wilayah::getName).orElse(code);
    }
}
