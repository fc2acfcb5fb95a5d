package kr.go.msit.standards.platform.paging;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.web.RequestPaths;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a page of a list that takes {@code after} starts, with its cursors sealed ({@link CursorSeal}) to the list
 * being asked now: the request's path, every query parameter but {@code after} and {@code page} (so the filter, the
 * sort and the page size), and the caller's subject. The key is {@code kus.cursor.key} ({@code CURSOR_KEY}), which a
 * service that lists requires to start; {@code kus.cursor.previous-keys} ({@code CURSOR_PREVIOUS_KEYS}) are keys that
 * cursors given out before a rotation of the key were sealed under.
 */
@ApplicationScoped
public class Cursors {

    private final Optional<String> key;
    private final List<String> previousKeys;
    private final CurrentVertxRequest request;
    private final Caller caller;

    public Cursors(
            @ConfigProperty(name = "kus.cursor.key") Optional<String> key,
            @ConfigProperty(name = "kus.cursor.previous-keys") Optional<List<String>> previousKeys,
            CurrentVertxRequest request,
            Caller caller) {
        this.key = key;
        this.previousKeys = previousKeys.orElse(List.of());
        this.request = request;
        this.caller = caller;
    }

    /** The position of {@code page}, or after {@code after} when given; a cursor that does not open is a 400 problem. */
    public PagePosition position(PageRequest page, String after) {
        return PagePosition.of(page, after, new CursorSeal(key.orElse(null), previousKeys, scope()));
    }

    private String scope() {
        RoutingContext context = request.getCurrent();
        StringBuilder scope = new StringBuilder(context == null ? "" : RequestPaths.routed(context));
        if (context != null) {
            MultiMap query = context.queryParams();
            for (String name : new TreeSet<>(query.names())) {
                if (!name.equals("after") && !name.equals("page")) {
                    for (String value : query.getAll(name)) {
                        scope.append('\n').append(name).append('=').append(value);
                    }
                }
            }
        }
        return scope.append("\ncaller=").append(caller.subject()).toString();
    }
}
