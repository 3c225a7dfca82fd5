package id.go.jabarprov.disnakertrans.platform.api;

import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Open data: the regions of West Java as the portal knows them (Kemendagri codes). */
@Path("wilayah")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WilayahResource {

    @Inject
    Tenants tenants;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @GET
    @Operation(summary = "The province and its 27 kab/kota")
    public List<WilayahDto> kabKota() {
        return tenants.all().stream().map(WilayahDto::of).toList();
    }

    @GET
    @Path("{code}/children")
    @Operation(summary = "The kecamatan of a kab/kota, or the desa/kelurahan of a kecamatan")
    public List<WilayahDto> children(@PathParam("code") String code) {
        if (em.find(Wilayah.class, code) == null) {
            throw new NotFoundException();
        }
        return em.createQuery("select w from Wilayah w where w.parentCode = :p order by w.code", Wilayah.class)
                .setParameter("p", code).getResultList().stream().map(WilayahDto::of).toList();
    }

    /** A region as the API shows it. */
    public record WilayahDto(String code, String name, String kind, String parentCode) {
        static WilayahDto of(Wilayah w) {
            return new WilayahDto(w.getCode(), w.getName(), w.getKind(), w.getParentCode());
        }
    }
}
