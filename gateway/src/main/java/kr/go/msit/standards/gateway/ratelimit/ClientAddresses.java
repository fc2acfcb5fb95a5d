package kr.go.msit.standards.gateway.ratelimit;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The address a request's client limit is counted on. Behind an ingress or a load balancer every connection comes
 * from the proxy, so without this all clients would share one address limit, and one client flooding with forged
 * tokens would lock out every caller whose token the gateway has not seen yet. A connection from a trusted proxy
 * ({@code RATE_LIMIT_TRUSTED_PROXIES}, addresses or CIDR ranges) is counted on the address that proxy says it
 * received the request from: {@code X-Forwarded-For} read from the right, past the trusted proxies' own entries, as
 * Apache's mod_remoteip and Tomcat's RemoteIpValve read it. Never the leftmost entry, which the client writes itself:
 * a proxy appends what it saw to what the client sent. From any other peer the header is ignored.
 */
public final class ClientAddresses {

    private final List<IpSubnetFilterRule> trusted;

    /**
     * @param trustedProxies addresses ({@code 10.1.2.3}, {@code ::1}) or CIDR ranges ({@code 10.0.0.0/8}); a name or
     *     anything else is refused here, so that a wrong setting stops the start instead of trusting nobody
     */
    public ClientAddresses(List<String> trustedProxies) {
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String proxy : trustedProxies) {
            String entry = proxy.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress parsed = literal(address);
            if (parsed == null) {
                throw new IllegalArgumentException("RATE_LIMIT_TRUSTED_PROXIES: '" + proxy
                        + "' is not an IP address or CIDR range (names are not resolved)");
            }
            int bits = parsed.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException notANumber) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(
                        "RATE_LIMIT_TRUSTED_PROXIES: '" + proxy + "' has no prefix length from 0 to " + bits);
            }
            rules.add(new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT));
        }
        this.trusted = List.copyOf(rules);
    }

    /**
     * @param peer the connection's remote address ({@code null} when unknown)
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
     * @return the client's address as a key: the peer's, or from a trusted peer the rightmost forwarded entry that
     *     is not a trusted proxy (the leftmost when all are); where that entry is not an IP address, the trusted
     *     proxy's address before it, so a key is always an address some proxy saw. An IPv6 address counts by its
     *     /64 ({@link #key})
     */
    public String of(String peer, List<String> forwardedFor) {
        InetAddress address = peer == null ? null : literal(peer);
        if (address == null) {
            return peer == null ? "unknown" : peer;
        }
        if (!trusted.isEmpty() && !forwardedFor.isEmpty() && isTrusted(address)) {
            address = forwarded(address, forwardedFor);
        }
        return key(address);
    }

    private InetAddress forwarded(InetAddress proxy, List<String> forwardedFor) {
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> {
            for (String hop : header.split(",")) {
                hops.add(hop);
            }
        });
        InetAddress client = proxy;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(withoutPort(hops.get(i).strip()));
            if (hop == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return client;
            }
        }
        return client;
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its first 64 bits, the block one subscriber or host is given: one
     * client would otherwise have as many limits as addresses it can take from its own block.
     */
    static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException wrongLength) {
            return address.getHostAddress();
        }
    }

    private boolean isTrusted(InetAddress address) {
        if (address == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        for (IpSubnetFilterRule rule : trusted) {
            if (rule.matches(socket)) {
                return true;
            }
        }
        return false;
    }

    /** {@code [2001:db8::1]:443} and {@code 192.0.2.1:443}, as some load balancers write them, without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** An IP address written as one, else {@code null}: never a name, so never a DNS lookup. */
    private static InetAddress literal(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException wrongLength) {
            return null;
        }
    }
}
