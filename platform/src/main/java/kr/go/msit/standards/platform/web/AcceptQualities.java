package kr.go.msit.standards.platform.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.common.util.ServerMediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * {@code q=0} in {@code Accept} means "not acceptable" (RFC 9110 §12.4.2), and RESTEasy's matching does not read it:
 * {@code Accept: application/json;q=0} was answered 200 with JSON. After matching, an operation none of whose media
 * types the caller accepts is a 406, where the most specific range that matches a type decides (§12.5.1: with
 * {@code *}{@code /*, application/json;q=0}, JSON is refused). Only a header that holds {@code q=0} is read again.
 */
@Singleton
public class AcceptQualities {

    @ServerRequestFilter
    public void refuseWhatTheCallerRefuses(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("q=0")) {
            return;
        }
        List<MediaType> ranges;
        try {
            ranges = request.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            return;
        }
        if (produced().stream().noneMatch(type -> acceptable(type, ranges))) {
            throw new NotAcceptableException();
        }
    }

    /** The media types the matched operation answers with (JSON where it names none). */
    private static List<MediaType> produced() {
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        ServerMediaType produces = current == null || current.getTarget() == null
                ? null
                : current.getTarget().getProduces();
        return produces == null
                ? List.of(MediaType.APPLICATION_JSON_TYPE)
                : List.of(produces.getSortedOriginalMediaTypes());
    }

    /** Whether the most specific of {@code ranges} that matches {@code type} has a quality above 0. */
    static boolean acceptable(MediaType type, List<MediaType> ranges) {
        MediaType decides = deciding(type, ranges);
        return decides != null && quality(decides) > 0;
    }

    /** The most specific of {@code ranges} that matches {@code type} (the first of equals), or null: RFC 9110 §12.5.1. */
    static MediaType deciding(MediaType type, List<MediaType> ranges) {
        MediaType decides = null;
        int specificity = -1;
        for (MediaType range : ranges) {
            int matched = specificity(range, type);
            if (matched > specificity) {
                decides = range;
                specificity = matched;
            }
        }
        return decides;
    }

    /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}; -1 when the range does not match. */
    private static int specificity(MediaType range, MediaType type) {
        if (range.isWildcardType()) {
            return 0;
        }
        if (!range.getType().equalsIgnoreCase(type.getType())) {
            return -1;
        }
        if (range.isWildcardSubtype()) {
            return 1;
        }
        return range.getSubtype().equalsIgnoreCase(type.getSubtype()) ? 2 : -1;
    }

    /** A range's {@code q}: 1 when absent; one that is not a number from 0 to 1 is read as absent. */
    static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            q = range.getParameters().get("Q");
        }
        try {
            double quality = q == null ? 1 : Double.parseDouble(q.strip());
            return quality >= 0 && quality <= 1 ? quality : 1;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
