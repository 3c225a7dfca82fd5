package id.go.jabarprov.disnakertrans.platform.module;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Collects every module descriptor in the war at deployment and validates the set. A broken set
 * (duplicate id or permission, missing dependency) becomes a definition error, so the deployment
 * fails with a message naming the jars instead of half-starting.
 */
public class ModuleExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(ModuleExtension.class.getName());

    private final List<Class<? extends PortalModule>> descriptorTypes = new ArrayList<>();
    private final List<ModuleDeclaration> declarations = new ArrayList<>();

    <T extends PortalModule> void collect(@Observes ProcessAnnotatedType<T> event) {
        Class<T> type = event.getAnnotatedType().getJavaClass();
        if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            descriptorTypes.add(type);
        }
    }

    void validate(@Observes AfterBeanDiscovery event) {
        for (Class<? extends PortalModule> type : descriptorTypes) {
            try {
                PortalModule descriptor = type.getDeclaredConstructor().newInstance();
                declarations.add(ModuleDeclaration.of(type, descriptor));
            } catch (ReflectiveOperationException | RuntimeException e) {
                event.addDefinitionError(new DeploymentException(
                        "Module descriptor " + type.getName() + " cannot be instantiated: " + e, e));
            }
        }
        List<String> problems = ModuleValidator.validate(declarations);
        if (!problems.isEmpty()) {
            String message = "Portal modules are inconsistent: " + String.join("; ", problems);
            LOG.severe(message);
            event.addDefinitionError(new DeploymentException(message));
            return;
        }
        LOG.info(() -> "Portal modules: " + declarations.stream()
                .map(d -> d.descriptor().id() + " " + d.descriptor().version() + " from " + d.origin()).toList());
    }

    List<ModuleDeclaration> declarations() {
        return List.copyOf(declarations);
    }
}
