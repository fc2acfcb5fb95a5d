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
 * {@code Response}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** When true, a request without the header is refused with 400 (for endpoints that move money). */
    @Nonbinding
    boolean required() default false;
}
