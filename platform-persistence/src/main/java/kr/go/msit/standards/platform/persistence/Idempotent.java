package kr.go.msit.standards.platform.persistence;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a create endpoint idempotent under the {@code Idempotency-Key} request header: the same key with the same
 * request returns the first response (status, body, Location, ETag) again; the same key with another request is
 * 422; two concurrent requests with one key run once. Put it on JAX-RS resource methods returning
 * {@code RestResponse<T>} (or {@code Response}), with {@link #DOCUMENTED} so that the OpenAPI document shows the
 * header (an interceptor binding is invisible to the OpenAPI scanner).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /** The header's description in the OpenAPI document. */
    String DOCUMENTED = "Makes a retry safe: the same key with the same request returns the first response again "
            + "(Idempotent-Replayed: true); the same key with a different request is 422. 1 to 255 characters.";

    /** When true, a request without the header is refused with 400 (for endpoints that move money). */
    @Nonbinding
    boolean required() default false;
}
