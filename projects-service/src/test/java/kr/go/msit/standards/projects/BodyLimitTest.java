package kr.go.msit.standards.projects;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A body past {@code quarkus.http.limits.max-body-size} (10 MB) is 413: as a problem before a byte is read when it
 * declares its length, and without an ERROR in the log when it comes in chunks (the HTTP layer answers it then).
 */
@QuarkusTest
@ProjectsTest
@ExtendWith(NothingLoggedAtError.class)
class BodyLimitTest {

    @TestHTTPResource("/api/v1/programs")
    URI programs;

    private String head(String framing) {
        return "POST /api/v1/programs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.role(Roles.PROGRAM_MANAGER) + "\r\nContent-Type: application/json\r\n" + framing
                + "\r\nConnection: close\r\n\r\n";
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIs413ProblemBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket(programs.getHost(), programs.getPort())) {
            socket.setSoTimeout(20_000); // the answer ends the connection: without it, this read waits for ever
            socket.getOutputStream()
                    .write((head("Content-Length: 20000000") + "{").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("content-too-large"), answer);
        }
    }

    @Test
    void aBodyTheCallerCutsOffIsNoError() throws Exception {
        // the caller closes its connection mid-body: the operation's read fails, and that is the caller's doing
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        java.util.logging.Logger mappers =
                java.util.logging.Logger.getLogger("kr.go.msit.standards.platform.problem.StandardExceptionMappers");
        java.util.logging.Handler seen = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                read.countDown();
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        mappers.addHandler(seen);
        // logged at DEBUG (a caller can cut off bodies at line rate): this test reads that level
        java.util.logging.Level level = mappers.getLevel();
        mappers.setLevel(java.util.logging.Level.FINE);
        try {
            try (Socket socket = new Socket(programs.getHost(), programs.getPort())) {
                socket.getOutputStream()
                        .write((head("Content-Length: 100") + "{\"code\":").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                Thread.sleep(200); // the operation is reading when the connection goes
            }
            assertTrue(read.await(10, java.util.concurrent.TimeUnit.SECONDS), "the cut-off read was not logged");
        } finally {
            mappers.removeHandler(seen);
            mappers.setLevel(level);
        }
    }

    @Test
    void aChunkedBodyPastTheLimitIs413WithoutAnErrorLogged() throws Exception {
        try (Socket socket = new Socket(programs.getHost(), programs.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head("Transfer-Encoding: chunked") + "f\r\n{\"nameKo\":\"aaaa\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            try {
                for (int i = 0; i < 200; i++) { // 12.8 MB
                    out.write(size);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException closedByTheService) {
                // the service answers and closes once the limit is passed: the rest is not sent
            }
            String answer;
            try {
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException reset) {
                answer = "";
            }
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 413"), answer);
        }
    }
}
