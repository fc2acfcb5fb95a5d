package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.HttpMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler.InitialMatch;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.mapping.RuntimeResource;
import org.jboss.resteasy.reactive.server.mapping.URITemplate;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * Every operation of a RESTEasy deployment, read from its routing table, for {@link AllowedMethods}: which methods a
 * path answers under JAX-RS's matching, and the literal paths a less specific template's method would take.
 */
record RouteTable(RequestMapper<InitialMatch> classes, List<Route> routes, Set<String> shadowingPaths) {

    static final RouteTable EMPTY = new RouteTable(null, List.of(), Set.of());

    /** Most literal characters, then most parameters, then most custom-regex parameters: JAX-RS's order. */
    private static final Comparator<Route> SPECIFIC = Comparator.comparingInt(Route::literals)
            .thenComparingInt(Route::parameters)
            .thenComparingInt(Route::customParameters);
    /** A bound on the walk over the classes whose path begins the request's (the router stops by itself). */
    private static final int MAX_CLASSES = 64;

    static RouteTable of(List<RequestMapper.RequestPath<InitialMatch>> classes) {
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
        RouteTable all = new RouteTable(new RequestMapper<>(new ArrayList<>(classes)), List.copyOf(routes), Set.of());
        Set<String> shadowing = new HashSet<>();
        for (Route specific : routes) {
            // literal paths only (all the API has): a set lookup per request, not a match
            if (specific.parameters() > 0 || shadowing.contains(specific.sample())) {
                continue;
            }
            Set<String> allowed = all.allowed(specific.sample());
            if (!allowed.isEmpty()
                    && routes.stream()
                            .anyMatch(general ->
                                    !allowed.contains(general.method()) && general.matches(specific.sample()))) {
                shadowing.add(specific.sample());
            }
        }
        return new RouteTable(all.classes(), all.routes(), Set.copyOf(shadowing));
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

    /** Whether any literal path stands beside a less specific template with methods it lacks. */
    boolean shadowsAnyPath() {
        return !shadowingPaths.isEmpty();
    }

    /** Whether {@code path} is a literal one that a less specific template's method would otherwise take. */
    boolean shadowing(String path) {
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
            // the two templates' parts in turn (one template of both could not hold a name used in each)
            List<URITemplate.TemplateComponent> components = new ArrayList<>(List.of(classTemplate.components));
            if (!methodTemplate.template.equals("/")) {
                components.addAll(List.of(methodTemplate.components));
            }
            StringBuilder regex = new StringBuilder();
            StringBuilder sample = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            int literals = 0;
            int parameters = 0;
            int custom = 0;
            for (URITemplate.TemplateComponent component : components) {
                if (component.type == URITemplate.Type.LITERAL) {
                    literal.append(component.literalText);
                    continue;
                }
                literals += flush(literal, regex, sample);
                parameters++;
                sample.append('x');
                if (component.type == URITemplate.Type.DEFAULT_REGEX) {
                    regex.append("[^/]+");
                } else {
                    // RESTEasy's pattern is anchored and names its groups: neither may stand inside this one
                    String own = component.pattern.pattern().replaceFirst("^\\^", "");
                    own = own.endsWith("$") && !own.endsWith("\\$") ? own.substring(0, own.length() - 1) : own;
                    regex.append("(?:")
                            .append(NAMED_GROUP.matcher(own).replaceAll("("))
                            .append(')');
                    custom++;
                }
            }
            literals += flush(literal, regex, sample);
            // RESTEasy answers a path with or without its trailing slash alike
            return new Route(
                    owner, method, Pattern.compile(regex + "/?"), literals, parameters, custom, sample.toString());
        }

        /** Literal text gathered so far, its slashes single, into the pattern and the sample; its length. */
        private static int flush(StringBuilder literal, StringBuilder regex, StringBuilder sample) {
            String text = literal.toString().replaceAll("/{2,}", "/");
            if (sample.length() > 0 && sample.charAt(sample.length() - 1) == '/' && text.startsWith("/")) {
                text = text.substring(1);
            }
            literal.setLength(0);
            if (!text.isEmpty()) {
                regex.append(Pattern.quote(text));
                sample.append(text);
            }
            return text.length();
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        boolean sameTemplate(Route other) {
            return pattern.pattern().equals(other.pattern.pattern());
        }
    }
}
