package kr.go.msit.standards.platform.persistence.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * An allowed webhook target as one receiver is named once, so that subscribing it again, however written, finds the
 * first subscription (two subscriptions of one receiver delivered each event twice). The HTTP normalisations of RFC
 * 3986 §6.2.2–6.2.3 and RFC 9110 §4.2.3: scheme and host in lower case; an IP address in one form (IPv6 as RFC 5952
 * writes it, an IPv4-mapped IPv6 address as the IPv4 address it is); a port without leading zeros and without the
 * scheme's default; an empty path as {@code /}; dot segments removed; percent-encoded unreserved characters decoded
 * ({@code %76} is {@code v}) and the other percent-encodings in upper case. One more, our own: an empty query is
 * dropped ({@code /x?} is {@code /x}; the RFCs leave that to the scheme, and HTTP servers answer both alike). Nothing
 * else is changed: the rest of the path (empty segments too) and the query stay as written.
 */
public final class TargetUrl {

    private TargetUrl() {}

    /** {@code target} in its one form; a target that is no absolute URL with a host is answered as given. */
    public static String canonical(String target) {
        URI uri = URI.create(target);
        if (uri.getScheme() == null || uri.getHost() == null) {
            return target;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty()
                ? "/"
                : withoutDotSegments(unreservedDecoded(uri.getRawPath()));
        String query = uri.getRawQuery() == null || uri.getRawQuery().isEmpty()
                ? ""
                : "?" + unreservedDecoded(uri.getRawQuery());
        return scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                + host(uri.getHost()) + (port == -1 || defaultPort ? "" : ":" + port)
                + path + query
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    /** A name in lower case; an IP address literal in its one form (read as a literal: nothing is resolved). */
    static String host(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        boolean literal = lower.startsWith("[") && lower.endsWith("]") && !lower.contains("%");
        if (!literal) {
            return lower;
        }
        try {
            InetAddress address = InetAddress.getByName(lower.substring(1, lower.length() - 1));
            return address instanceof Inet6Address
                    ? "[" + compressed(address.getHostAddress()) + "]"
                    : address.getHostAddress(); // ::ffff:a.b.c.d is read as the IPv4 address it is
        } catch (UnknownHostException notALiteral) {
            return lower;
        }
    }

    /** RFC 5952 §4.2: the longest run of two or more zero groups (the first of equals) as {@code ::}. */
    static String compressed(String full) {
        String[] groups = full.split(":", -1);
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart < 0) {
            return full;
        }
        return String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                + String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    }

    /** Percent-encoded unreserved characters decoded (RFC 3986 §6.2.2.2); other percent-encodings in upper case. */
    static String unreservedDecoded(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) && hex(raw.charAt(i + 2))) {
                char decoded = (char) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (unreserved(decoded)) {
                    out.append(decoded);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }

    /**
     * RFC 3986 §5.2.4 on an absolute path: {@code .} and {@code ..} segments removed, a {@code ..} above the root
     * dropped, empty segments kept ({@code /a//b} is another resource than {@code /a/b}; Java's
     * {@code URI.normalize} merges them, and keeps a {@code ..} above the root).
     */
    static String withoutDotSegments(String path) {
        String in = path;
        StringBuilder out = new StringBuilder();
        while (!in.isEmpty()) {
            if (in.startsWith("../")) {
                in = in.substring(3);
            } else if (in.startsWith("./")) {
                in = in.substring(2);
            } else if (in.startsWith("/./")) {
                in = in.substring(2);
            } else if (in.equals("/.")) {
                in = "/";
            } else if (in.startsWith("/../")) {
                in = in.substring(3);
                removeLastSegment(out);
            } else if (in.equals("/..")) {
                in = "/";
                removeLastSegment(out);
            } else if (in.equals(".") || in.equals("..")) {
                in = "";
            } else {
                int next = in.indexOf('/', 1);
                String segment = next < 0 ? in : in.substring(0, next);
                out.append(segment);
                in = in.substring(segment.length());
            }
        }
        return out.toString();
    }

    private static void removeLastSegment(StringBuilder out) {
        int last = out.lastIndexOf("/");
        out.setLength(Math.max(last, 0));
    }
}
