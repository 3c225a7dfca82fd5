package id.go.jabarprov.disnakertrans.platform.enablement;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's service: every call is refused with {@link ModuleDisabledException} unless the
 * module is enabled for the request's kab/kota. The third of the three enforcements (menu, page
 * filter, service).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ModuleService {

    /** The id of the module the service belongs to. */
    @Nonbinding
    String value();
}
