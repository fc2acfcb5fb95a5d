package kr.go.msit.standards.platform.web;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;

/**
 * The W3C {@code traceparent} to send on a call to another service. With tracing on (OTEL_SDK_DISABLED=false) it
 * names the current span, so the callee's spans hang under this service's; with tracing off there is no span and
 * the caller's own {@code traceparent} is passed on unchanged, so one trace id still follows the request.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";

    private TraceContext() {}

    /** The current span as a {@code traceparent}, when tracing is on and a span is active. */
    public static Optional<String> current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return Optional.empty();
        }
        return Optional.of("00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex());
    }

    /** What to send: the current span's {@code traceparent}, else the incoming one (which may be null). */
    public static String outgoing(String incoming) {
        return current().orElse(incoming);
    }
}
