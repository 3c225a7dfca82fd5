package id.go.jabarprov.disnakertrans.platform.reference;

import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classifications every module picks from: KBJI 2014 occupations, KBLI 2020 industries, education
 * levels, and the wilayah below a kab/kota. Small lists that never change at run time, so the
 * classifications are kept in memory; the 6,000 desa are read per kecamatan.
 */
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    private Map<String, Occupation> occupations;
    private Map<String, Industry> industries;
    private Map<String, EducationLevel> educationLevels;

    @PostConstruct
    void load() {
        occupations = index(em.createQuery("select o from Occupation o order by o.code", Occupation.class).getResultList(),
                Occupation::getCode);
        industries = index(em.createQuery("select i from Industry i order by i.code", Industry.class).getResultList(),
                Industry::getCode);
        educationLevels = index(em.createQuery("select e from EducationLevel e order by e.sortOrder", EducationLevel.class)
                .getResultList(), EducationLevel::getCode);
    }

    private static <T> Map<String, T> index(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(key.apply(row), row));
        return java.util.Collections.unmodifiableMap(map);
    }

    public Optional<Occupation> occupation(String code) {
        return Optional.ofNullable(code).map(occupations::get);
    }

    /** Every unit group (4 digits), in code order: the list a picker offers. */
    public List<Occupation> unitGroups() {
        return occupations.values().stream().filter(Occupation::isUnitGroup).toList();
    }

    /** The ten major groups (1 digit), for filters. */
    public List<Occupation> majorGroups() {
        return occupations.values().stream().filter(o -> o.getLevel() == 1).toList();
    }

    public Optional<Industry> industry(String code) {
        return Optional.ofNullable(code).map(industries::get);
    }

    /** The KBLI divisions (two digits), which is how an employer's sector is recorded. */
    public List<Industry> industryDivisions() {
        return industries.values().stream().filter(Industry::isDivision).toList();
    }

    public List<EducationLevel> educationLevels() {
        return List.copyOf(educationLevels.values());
    }

    public Optional<EducationLevel> educationLevel(String code) {
        return Optional.ofNullable(code).map(educationLevels::get);
    }

    /** The kecamatan of a kab/kota, or the desa/kelurahan of a kecamatan, by name. */
    public List<Wilayah> below(String parentCode) {
        return em.createQuery("select w from Wilayah w where w.parentCode = :p order by w.name", Wilayah.class)
                .setParameter("p", parentCode).getResultList();
    }

    public Optional<Wilayah> wilayah(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Wilayah.class, c));
    }
}
