package kr.go.msit.standards.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses ingress = new ClientAddresses(List.of("10.0.0.0/8", " 192.0.2.10 ", "fd00::/8"));

    @Test
    void withNoTrustedProxyTheConnectionsAddressCountsWhateverTheHeaderSays() {
        ClientAddresses none = new ClientAddresses(List.of());
        assertEquals("10.1.1.1", none.of("10.1.1.1", List.of("203.0.113.7")));
        assertEquals("unknown", none.of(null, List.of("203.0.113.7")));
    }

    @Test
    void aPeerThatIsNotTrustedCannotNameAnotherAddress() {
        assertEquals("198.51.100.1", ingress.of("198.51.100.1", List.of("203.0.113.7")));
    }

    @Test
    void fromATrustedProxyTheRightmostEntryThatIsNotATrustedProxyCounts() {
        assertEquals("198.51.100.1", ingress.of("10.1.1.1", List.of("198.51.100.1")));
        // the client wrote 203.0.113.7 itself; the ingress appended the address it saw
        assertEquals("198.51.100.1", ingress.of("10.1.1.1", List.of("203.0.113.7, 198.51.100.1")));
        // two trusted proxies in a row (a load balancer, then the ingress), and the header sent twice
        assertEquals("198.51.100.1", ingress.of("10.1.1.1", List.of("203.0.113.7", "198.51.100.1,10.2.2.2")));
        assertEquals("198.51.100.1", ingress.of("192.0.2.10", List.of("198.51.100.1, 192.0.2.10")));
        // no forwarded entry: the proxy's own address
        assertEquals("10.1.1.1", ingress.of("10.1.1.1", List.of()));
        // every entry trusted: the leftmost, the farthest a trusted proxy saw
        assertEquals("10.3.3.3", ingress.of("10.1.1.1", List.of("10.3.3.3, 10.2.2.2")));
    }

    @Test
    void portsAndIpv6AreReadAndWhatIsNotAnAddressIsNeverBelieved() {
        assertEquals("198.51.100.1", ingress.of("10.1.1.1", List.of("198.51.100.1:4711")));
        assertEquals("2001:db8:0:0:0:0:0:0/64", ingress.of("10.1.1.1", List.of("[2001:db8::1]:443")));
        assertEquals("2001:db8:0:0:0:0:0:0/64", ingress.of("fd00::5", List.of("2001:db8::1")));
        // an IPv4 client written as IPv6, a link-local address with its zone
        assertEquals("198.51.100.1", ingress.of("10.1.1.1", List.of("::ffff:198.51.100.1")));
        assertEquals("fe80:0:0:0:0:0:0:0/64", ingress.of("10.1.1.1", List.of("fe80::1%eth0")));
        // a name, garbage or an empty entry where the client's address should be: the trusted proxy that saw it
        assertEquals("10.2.2.2", ingress.of("10.1.1.1", List.of("evil.example, 10.2.2.2")));
        assertEquals("10.1.1.1", ingress.of("10.1.1.1", List.of("not an address")));
        assertEquals("10.1.1.1", ingress.of("10.1.1.1", List.of(",")));
        assertEquals("10.1.1.1", ingress.of("10.1.1.1", List.of("198.51.100.1", "junk")));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64SoItCannotTakeAFreshLimitFromItsOwnBlock() {
        ClientAddresses none = new ClientAddresses(List.of());
        assertEquals("2001:db8:1:2:0:0:0:0/64", none.of("2001:db8:1:2:aaaa::1", List.of()));
        assertEquals(none.of("2001:db8:1:2:aaaa::1", List.of()), none.of("2001:db8:1:2:ffff:1:2:3", List.of()));
        assertEquals("2001:db8:1:3:0:0:0:0/64", none.of("2001:db8:1:3::1", List.of()));
        // a direct peer and the same client forwarded by a trusted proxy have one key
        assertEquals(none.of("2001:db8::7", List.of()), ingress.of("10.1.1.1", List.of("2001:db8::7")));
    }

    @Test
    void aSettingThatIsNotAnAddressOrRangeStopsTheStart() {
        for (String wrong : List.of("ingress.example", "10.0.0.0/33", "10.0.0.0/x", "fd00::/129", "/8")) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of(wrong)));
            assertTrue(refused.getMessage().startsWith("RATE_LIMIT_TRUSTED_PROXIES"), refused.getMessage());
        }
        // a blank entry (a trailing comma) is no proxy, not a stop
        assertEquals(
                "198.51.100.1",
                new ClientAddresses(List.of("10.0.0.0/8", " ")).of("10.1.1.1", List.of("198.51.100.1")));
    }
}
