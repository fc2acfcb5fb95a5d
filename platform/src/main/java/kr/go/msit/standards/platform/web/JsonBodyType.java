package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * The part of {@link InputGate}'s 415 that its headers cannot decide: a body sent in chunks may hold no byte, and over
 * HTTP/2 a body needs neither {@code Content-Length} nor chunks, so whether one holds anything is known only when it
 * comes (an HTTP/2 body sent as {@code *}{@code /*} or with no type was taken as JSON). When an operation reads a body that holds a byte, its {@code Content-Type}
 * must be JSON as InputGate takes it; an empty one needs none, as a transition with nothing to say.
 */
@Provider
public class JsonBodyType implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!JsonContentType.json(context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))) {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = body.read();
            if (first >= 0) {
                throw JsonContentType.notJson();
            }
            context.setInputStream(body);
        }
        return context.proceed();
    }
}
