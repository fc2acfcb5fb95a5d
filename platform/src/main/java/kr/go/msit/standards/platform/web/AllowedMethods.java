package kr.go.msit.standards.platform.web;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler.InitialMatch;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.mapping.RuntimeResource;
import org.jboss.resteasy.reactive.server.mapping.URITemplate;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * The methods a path answers: what {@code OPTIONS} says, and the {@code Allow} a 405 must carry (RFC 9110 §15.5.6).
 * RESTEasy's defaults answered {@code OPTIONS} with every method of the resource class whatever the path
 * ({@code /projects} and {@code /projects/{id}} both said POST and PUT, and a path no operation has said the same)
 * and a 405 without {@code Allow}; its router also answered 404 for a method a path lacks when another class's path
 * begins the same way, and sent a method a literal path lacks to the template beside it ({@code PUT
 * /projects/summary} to {@code PUT /projects/{id}}).
 *
 * <p>The answer follows JAX-RS's matching over RESTEasy's own routing table: of the resource classes its router would
 * try for the path, in its order, the operations whose whole template matches; the most specific template (most
 * literal characters, then most parameters) is the resource, and its methods are allowed (HEAD where GET is, and
 * OPTIONS), as the OpenAPI document lists them. A request for a literal path with a method only the template beside
 * it has is a 405 before it is routed (a set lookup per request, only where such a pair exists).
 */
@Singleton
public class AllowedMethods {

    private static final Logger LOG = Logger.getLogger(AllowedMethods.class);
    private static final Comparator<Route> SPECIFIC = Comparator.comparingInt(Route::literals)
            .thenComparingInt(Route::parameters)
            .thenComparingInt(Route::customParameters);
    /** A bound on the walk over the classes whose path begins the request's (the router stops by itself). */
    private static final int MAX_CLASSES = 64;

    private volatile Table table;

    /**
     * {@code OPTIONS} on a path an operation has: 200 with {@code Allow}; on another path within a resource class,
     * 404 (RESTEasy would answer the class's methods). A literal path asked with a method it lacks: 405.
     */
    @ServerRequestFilter(preMatching = true)
    public Response answerOptions(ContainerRequestContext request) {
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        if (current == null) {
            return null;
        }
        String path = current.getPathWithoutPrefix();
        Table routes = table();
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            Set<String> allowed = routes.allowed(path);
            if (!allowed.isEmpty()) {
                return Response.ok().allow(allowed).build();
            }
            if (routes.withinAClass(path)) {
                throw new NotFoundException();
            }
            return null;
        }
        if (routes.shadowing(path) && !routes.allowed(path).contains(request.getMethod())) {
            throw new NotAllowedException(
                    Response.status(Response.Status.METHOD_NOT_ALLOWED).build());
        }
        return null;
    }

    /** A 405, RESTEasy's or ours, names the methods the path does answer. */
    @ServerResponseFilter
    public void allowOnNotAllowed(ContainerResponseContext response) {
        if (response.getStatus() == 405 && !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            Set<String> allowed = forCurrentRequest();
            if (!allowed.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
    }

    /** What the path of the request being served answers; empty where no operation has this path. */
    public Set<String> forCurrentRequest() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? Set.of() : table().allowed(request.getPathWithoutPrefix());
    }

    /** Whether the request being served names a path an operation has, with a method it has not. */
    public boolean wrongMethodForCurrentRequest() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            return false;
        }
        Set<String> allowed = table().allowed(request.getPathWithoutPrefix());
        return !allowed.isEmpty() && !allowed.contains(request.getMethod());
    }

    private Table table() {
        Table routes = table;
        if (routes == null) {
            try {
                routes =
                        Table.of(ResteasyReactiveRecorder.getCurrentDeployment().getClassMappers());
            } catch (RuntimeException e) {
                // never a reason to refuse requests: without the table, RESTEasy's own answers stand
                LOG.warn("Cannot read the routing table; OPTIONS and 405 keep RESTEasy's answers", e);
                routes = Table.EMPTY;
            }
            table = routes;
        }
        return routes;
    }

    /** One operation: its class, its method and its whole path (the class's and its own) as JAX-RS matches it. */
    record Route(
            InitialMatch owner,
            String method,
            Pattern pattern,
            int literals,
            int parameters,
            int customParameters,
            String sample) {

        private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

        static Route of(InitialMatch owner, String method, URITemplate classTemplate, URITemplate methodTemplate) {
            String path = methodTemplate.template.equals("/")
                    ? classTemplate.template
                    : classTemplate.template + methodTemplate.template;
            URITemplate template = new URITemplate(path.replaceAll("/{2,}", "/"), false);
            StringBuilder regex = new StringBuilder();
            StringBuilder sample = new StringBuilder();
            int parameters = 0;
            int custom = 0;
            for (URITemplate.TemplateComponent component : template.components) {
                switch (component.type) {
                    case LITERAL -> {
                        regex.append(Pattern.quote(component.literalText));
                        sample.append(component.literalText);
                    }
                    case DEFAULT_REGEX -> {
                        regex.append("[^/]+");
                        sample.append('x');
                        parameters++;
                    }
                    case CUSTOM_REGEX -> {
                        // RESTEasy's pattern is anchored and names its groups: neither may stand inside this one
                        String own = component.pattern.pattern().replaceFirst("^\\^", "");
                        own = own.endsWith("$") && !own.endsWith("\\$") ? own.substring(0, own.length() - 1) : own;
                        regex.append("(?:")
                                .append(NAMED_GROUP.matcher(own).replaceAll("("))
                                .append(')');
                        sample.append('x');
                        parameters++;
                        custom++;
                    }
                }
            }
            // RESTEasy answers a path with or without its trailing slash alike
            return new Route(
                    owner,
                    method,
                    Pattern.compile(regex + "/?"),
                    template.literalCharacterCount,
                    parameters,
                    custom,
                    sample.toString());
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        boolean sameTemplate(Route other) {
            return pattern.pattern().equals(other.pattern.pattern());
        }
    }

    /** Every operation of the deployment, and the literal paths a less specific template's method would take. */
    record Table(RequestMapper<InitialMatch> classes, List<Route> routes, Set<String> shadowingPaths) {

        static final Table EMPTY = new Table(null, List.of(), Set.of());

        static Table of(List<RequestMapper.RequestPath<InitialMatch>> classes) {
            List<Route> routes = new ArrayList<>();
            for (RequestMapper.RequestPath<InitialMatch> resourceClass : classes) {
                for (ServerRestHandler handler : resourceClass.value.handlers) {
                    if (handler instanceof ClassRoutingHandler routing) {
                        routing.getMappers().forEach((method, mapper) -> {
                            // a null method is a sub-resource locator: none here, and no method to announce
                            if (method != null) {
                                for (RequestMapper.RequestPath<RuntimeResource> operation : mapper.getTemplates()) {
                                    routes.add(Route.of(
                                            resourceClass.value, method, resourceClass.template, operation.template));
                                }
                            }
                        });
                    }
                }
            }
            Table all = new Table(new RequestMapper<>(new ArrayList<>(classes)), List.copyOf(routes), Set.of());
            Set<String> shadowing = new HashSet<>();
            for (Route specific : routes) {
                // literal paths only (all the API has): a set lookup per request, not a match
                if (specific.parameters() == 0
                        && !all.allowed(specific.sample()).isEmpty()
                        && routes.stream()
                                .anyMatch(general -> general.matches(specific.sample())
                                        && !all.allowed(specific.sample()).contains(general.method()))) {
                    shadowing.add(specific.sample());
                }
            }
            return new Table(all.classes(), all.routes(), Set.copyOf(shadowing));
        }

        /** The methods of the most specific template matching {@code path}; empty where none does. */
        Set<String> allowed(String path) {
            Set<InitialMatch> walked = walk(path);
            Route best = null;
            for (Route route : routes) {
                if (walked.contains(route.owner())
                        && route.matches(path)
                        && (best == null || SPECIFIC.compare(route, best) > 0)) {
                    best = route;
                }
            }
            if (best == null) {
                return Set.of();
            }
            Set<String> allowed = new TreeSet<>();
            for (Route route : routes) {
                if (walked.contains(route.owner()) && route.sameTemplate(best)) {
                    allowed.add(route.method());
                }
            }
            if (allowed.contains(HttpMethod.GET)) {
                allowed.add(HttpMethod.HEAD);
            }
            allowed.add(HttpMethod.OPTIONS);
            return allowed;
        }

        /** Whether a resource class's path begins {@code path}: RESTEasy would answer it, not a later route. */
        boolean withinAClass(String path) {
            return classes != null && classes.map(path) != null;
        }

        /** Whether {@code path} is a literal one that a less specific template's method would otherwise take. */
        boolean shadowing(String path) {
            if (shadowingPaths.isEmpty()) {
                return false;
            }
            return shadowingPaths.contains(
                    path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        }

        /** The classes RESTEasy's router tries for {@code path}, in its order (the next when one lacks the method). */
        private Set<InitialMatch> walk(String path) {
            if (classes == null) {
                return Set.of();
            }
            Set<InitialMatch> walked = Collections.newSetFromMap(new IdentityHashMap<>());
            RequestMapper.RequestMatch<InitialMatch> match = classes.map(path);
            for (int i = 0; match != null && i < MAX_CLASSES; i++) {
                walked.add(match.value);
                match = classes.continueMatching(path, match);
            }
            return walked;
        }
    }
}
