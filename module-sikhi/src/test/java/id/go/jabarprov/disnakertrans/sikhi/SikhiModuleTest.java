package id.go.jabarprov.disnakertrans.sikhi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jabarprov.disnakertrans.platform.module.Permission;
import id.go.jabarprov.disnakertrans.platform.module.Roles;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Who does what in SIKHI by default: the roles of the realm and the permissions they bring. */
class SikhiModuleTest {

    private final SikhiModule module = new SikhiModule();

    @Test
    void theHeadOfSectionSupervisesRegistersAndSeesTheFiguresButDoesNotMediate() {
        assertEquals(new TreeSet<>(Set.of(SikhiModule.REGISTER, SikhiModule.SUPERVISE, SikhiModule.FIGURES, SikhiModule.QUEUE,
                SikhiModule.PROVINCE)), heldBy(Roles.SIKHI_HEAD));
    }

    @Test
    void aMediatorMediatesAndAnswersConsultationsButDoesNotSupervise() {
        assertEquals(new TreeSet<>(Set.of(SikhiModule.REGISTER, SikhiModule.MEDIATE, SikhiModule.CONSULT, SikhiModule.FIGURES,
                SikhiModule.QUEUE, SikhiModule.PROVINCE)), heldBy(Roles.SIKHI_MEDIATOR));
    }

    private Set<String> heldBy(String role) {
        Set<String> held = new TreeSet<>();
        for (Permission permission : module.permissions()) {
            if (permission.defaultRoles().contains(role)) {
                held.add(permission.name());
            }
        }
        return held;
    }
}
