package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Refuses webhook targets that would let a subscriber make this service call inside its own network (SSRF): a
 * target must be {@code https://} (or {@code http://} where configured), and every address its host resolves to
 * must be public (not loopback, private, link-local — which holds cloud metadata —, unique-local, carrier-grade NAT,
 * multicast or unspecified) unless it lies in a range configured as allowed. Checked when a subscription is made and
 * again before every delivery, since DNS can change in between.
 */
@ApplicationScoped
public class TargetGuard {

    /** How a host's addresses are found (replaced in tests). */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Lookups bounded by the connect timeout at once (see {@link HostLookup}). */
    static final int LOOKUPS = HostLookup.LOOKUPS;

    private final List<Cidr> allowed;
    private final boolean allowHttp;
    private final HostLookup lookup;

    public TargetGuard(WebhookSettings settings) {
        this.allowed = settings.allowPrivateTargets().orElse(List.of()).stream()
                .filter(range -> !range.isBlank())
                .map(Cidr::parse)
                .toList();
        this.allowHttp = settings.allowHttp();
        this.lookup = new HostLookup(settings.connectTimeout());
    }

    /** For tests: how host names resolve. */
    public void resolveWith(Resolver resolver) {
        lookup.resolveWith(resolver);
    }

    /** 400 for a target that is no URL, 422 {@code target-not-allowed} for one that may not be called. */
    public void requireAllowed(String target) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (java.net.URISyntaxException e) {
            throw ProblemException.invalid(
                    "targetUrl is not a URL", List.of(new Problem.FieldError("targetUrl", "must be an absolute URL")));
        }
        refusal(uri).ifPresent(reason -> {
            throw ProblemException.businessRule("target-not-allowed", "Refused: " + reason);
        });
    }

    /**
     * A target checked: why it may not be called, or the address to call it at. The delivery connects to that address,
     * the one checked, and never resolves the host again: a host whose DNS answers a public address to the check and
     * an internal one to the connection (DNS rebinding) would otherwise reach inside the network.
     */
    public record Verdict(String refusal, InetAddress address) {

        static Verdict refused(String reason) {
            return new Verdict(reason, null);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** Why {@code target} may not be called, or empty when it may. */
    public Optional<String> refusal(URI target) {
        return Optional.ofNullable(check(target).refusal());
    }

    /** Whether {@code target} may be called, and at which address (the host resolved once, every address checked). */
    public Verdict check(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase();
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Verdict.refused(
                    allowHttp ? "the target must be an http:// or https:// URL" : "the target must be https://");
        }
        if (target.getHost() == null || target.getRawUserInfo() != null || target.getRawFragment() != null) {
            return Verdict.refused("the target must name a host, without user information or fragment");
        }
        if (target.getPort() == 0 || target.getPort() > 65535) {
            return Verdict.refused("the target's port " + target.getPort() + " is out of range (1–65535)");
        }
        InetAddress[] addresses;
        try {
            addresses = lookup.addresses(target.getHost());
        } catch (UnknownHostException e) {
            return notPublic(target);
        } catch (TimeoutException e) {
            return Verdict.refused("the target's host " + target.getHost() + " did not resolve within "
                    + lookup.timeout().toMillis() + " ms");
        }
        if (addresses == null || addresses.length == 0) {
            return notPublic(target);
        }
        for (InetAddress address : addresses) {
            if (internal(address) && allowed.stream().noneMatch(range -> range.contains(address))) {
                return notPublic(target);
            }
        }
        return new Verdict(null, addresses[0]);
    }

    /**
     * One answer for a host that does not resolve and one that resolves inside: neither the address nor which of the two
     * is told, or the answers would map the internal network, and tell its names, to anyone who subscribes.
     */
    private static Verdict notPublic(URI target) {
        return Verdict.refused("the target's host " + target.getHost()
                + " does not resolve to a public address (a loopback, private, link-local or otherwise internal"
                + " address, or none)");
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64.0.0/10
                    || first == 0 // "this network"
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF 192.0.0.0/24 (a cloud's metadata)
                    || (first == 168
                            && second == 63
                            && (bytes[2] & 0xff) == 129
                            && (bytes[3] & 0xff) == 16) // Azure host
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18.0.0/15
                    || first >= 240; // reserved and broadcast
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true; // unique local fc00::/7
        }
        // IPv6 forms that carry an IPv4 address a host may route to: mapped ::ffff:0:0/96, compatible ::/96,
        // translated ::ffff:0:0:0/96 (SIIT), NAT64 64:ff9b::/96 (and the local-use 64:ff9b:1::/48), 6to4 2002::/16;
        // Teredo 2001::/32 is refused whole
        if (zeros(bytes, 0, 10)
                && (((bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) || zeros(bytes, 10, 12))) {
            return embeddedInternal(bytes, 12);
        }
        if (zeros(bytes, 0, 8) && (bytes[8] & 0xff) == 0xff && (bytes[9] & 0xff) == 0xff && zeros(bytes, 10, 12)) {
            return embeddedInternal(bytes, 12);
        }
        if ((bytes[0] & 0xff) == 0x00
                && (bytes[1] & 0xff) == 0x64
                && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b) {
            return true;
        }
        if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
            return embeddedInternal(bytes, 2);
        }
        return (bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x01 && zeros(bytes, 2, 4);
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean embeddedInternal(byte[] bytes, int at) {
        try {
            return internal(
                    InetAddress.getByAddress(new byte[] {bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]}));
        } catch (UnknownHostException impossible) {
            return true;
        }
    }

    /** An address range, e.g. {@code 127.0.0.0/8} or {@code ::1/128}. */
    record Cidr(BigInteger network, int bits, int length) {

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/");
            try {
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int length = parts.length > 1 ? Integer.parseInt(parts[1]) : address.length * 8;
                return new Cidr(new BigInteger(1, address), address.length * 8, length);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("kus.webhooks.allow-private-targets: not a CIDR range: " + text);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length * 8 != bits) {
                return false;
            }
            int shift = bits - length;
            return new BigInteger(1, bytes).shiftRight(shift).equals(network.shiftRight(shift));
        }
    }
}
