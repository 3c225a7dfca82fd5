package id.go.jabarprov.disnakertrans.platform.enablement;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link ModuleService}: the module must be on for the request's kab/kota. */
@ModuleService("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ModuleServiceInterceptor {

    @Inject
    EnablementService enablement;

    @Inject
    TenantContext tenantContext;

    @AroundInvoke
    Object requireEnabled(InvocationContext context) throws Exception {
        ModuleService binding = context.getMethod().getAnnotation(ModuleService.class);
        if (binding == null) {
            binding = context.getMethod().getDeclaringClass().getAnnotation(ModuleService.class);
        }
        if (binding == null && context.getTarget() != null) {
            binding = context.getTarget().getClass().getAnnotation(ModuleService.class);
        }
        if (binding != null) {
            enablement.requireEnabled(tenantContext.current().orElse(null), binding.value());
        }
        return context.proceed();
    }
}
