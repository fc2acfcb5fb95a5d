package kr.go.msit.standards.platform.persistence.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One receiver, however its URL is written, is one target (the forms a probe subscribed twice, and the older ones). */
class TargetUrlTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "HTTP://Example.ORG:0443/x | http://example.org:443/x",
                "https://example.org:443/x | https://example.org/x",
                "http://localhost:80/ | http://localhost/",
                "http://localhost | http://localhost/",
                "http://[::1]:19999/v6 | http://[::1]:19999/v6",
                "http://[0:0:0:0:0:0:0:1]:19999/v6 | http://[::1]:19999/v6",
                "http://[2001:DB8:0:0:1:0:0:1]/h | http://[2001:db8::1:0:0:1]/h",
                "http://[2001:db8:0:0:0:0:2:1]/h | http://[2001:db8::2:1]/h",
                "http://[::ffff:127.0.0.1]:19999/x | http://127.0.0.1:19999/x",
                "http://[::1]:19999/%766 | http://[::1]:19999/v6",
                "http://localhost:19999/ok? | http://localhost:19999/ok",
                "http://localhost:19999/./ok | http://localhost:19999/ok",
                "http://h/a/b/../c | http://h/a/c",
                "http://h/a/%2e%2e/c | http://h/c",
                "http://h/../../c | http://h/c",
                "http://h/a//b | http://h/a//b",
                "http://h//x | http://h//x",
                "http://h/a/b//../c | http://h/a/b/c",
                "http://h/a/./b/. | http://h/a/b/",
                "http://h/a/.. | http://h/",
                "http://h/a/b/.. | http://h/a/",
                "http://h/.hidden/..x/x.. | http://h/.hidden/..x/x..",
                "http://h/a%2fb?x=%7e%2f%c3%a9 | http://h/a%2Fb?x=~%2F%C3%A9",
                "http://h/%41?b | http://h/A?b",
                "https://hooks.example/in?token=a%26b | https://hooks.example/in?token=a%26b",
            })
    void oneReceiverIsNamedOnce(String written, String canonical) {
        assertEquals(canonical, TargetUrl.canonical(written));
        assertEquals(canonical, TargetUrl.canonical(canonical), "the form is a fixed point");
    }
}
