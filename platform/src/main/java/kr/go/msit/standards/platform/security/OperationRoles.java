package kr.go.msit.standards.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Tells the {@link Caller} which roles the operation it calls admits: those its {@code @RolesAllowed} names (on the
 * method, else on its class), read once per operation. Scope is decided by the roles that act in the operation only
 * (see {@link Caller#admit}).
 */
public class OperationRoles {

    private final Map<Method, Optional<Set<String>>> declared = new ConcurrentHashMap<>();
    private final Caller caller;

    public OperationRoles(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void admit(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        declared.computeIfAbsent(method, m -> rolesOf(m, resource.getResourceClass()))
                .ifPresent(caller::admit);
    }

    /** The roles {@code @RolesAllowed} names on the method, else on its class; empty where neither names any. */
    static Optional<Set<String>> rolesOf(Method method, Class<?> resourceClass) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && resourceClass != null) {
            allowed = resourceClass.getAnnotation(RolesAllowed.class);
        }
        // "**" admits every authenticated caller, whatever its roles: none is set aside
        if (allowed == null || Arrays.asList(allowed.value()).contains("**")) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(Arrays.asList(allowed.value())));
    }
}
