package kr.go.msit.standards.platform.persistence;

import jakarta.interceptor.InvocationContext;

/**
 * What of a request a retry is compared on ({@link IdempotencyInterceptor}'s fingerprint): the request as the
 * operation reads it, so that a retry spelled another way is the same request, and a different request is 422.
 */
final class RetryComparison {

    private RetryComparison() {}

    /**
     * The parameters as a retry is compared on: an {@code If-Match} as the versions it names, each as a strong tag
     * (a proxy may weaken {@code "3"} to {@code W/"3"}, and the precondition reads both alike). A retry with the weak
     * form was 422 {@code idempotency-key-reuse}.
     */
    static Object[] parameters(InvocationContext ctx) {
        Object[] parameters = ctx.getParameters().clone();
        java.lang.annotation.Annotation[][] annotations = ctx.getMethod().getParameterAnnotations();
        for (int i = 0; i < parameters.length && i < annotations.length; i++) {
            for (java.lang.annotation.Annotation annotation : annotations[i]) {
                if (annotation instanceof jakarta.ws.rs.HeaderParam header
                        && header.value().equalsIgnoreCase("If-Match")
                        && parameters[i] instanceof String tags) {
                    parameters[i] = java.util.Arrays.stream(tags.split(","))
                            .map(String::strip)
                            .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                            .filter(tag -> !tag.isEmpty())
                            .sorted()
                            // one strong tag reads as it did before: keys stored then still replay
                            .collect(java.util.stream.Collectors.joining(", "));
                }
            }
        }
        return parameters;
    }

    /** A path as a retry is compared on: {@code /partner-agencies/} is the operation {@code /partner-agencies} serves. */
    static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static final java.util.regex.Pattern UUID_SEGMENT = java.util.regex.Pattern.compile(
            "(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

    /** {@code path} with every id segment in lower case: an id names one record however its hex digits are written. */
    static String canonicalIds(String path) {
        return UUID_SEGMENT.matcher(path).replaceAll(id -> id.group().toLowerCase(java.util.Locale.ROOT));
    }
}
