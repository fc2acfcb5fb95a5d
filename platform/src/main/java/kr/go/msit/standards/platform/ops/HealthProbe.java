package kr.go.msit.standards.platform.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container health check: asks the module's readiness on its management port and exits 0 when it answers 200,
 * 1 otherwise. It needs nothing but the JVM the image already runs (no {@code curl}, which a JRE base image may
 * not ship):
 *
 * <pre>java -cp '/deployments/lib/main/*' kr.go.msit.standards.platform.ops.HealthProbe [url]</pre>
 *
 * <p>Without an argument it asks {@code http://localhost:$QUARKUS_MANAGEMENT_PORT/q/health/ready}.
 */
public final class HealthProbe {

    private static final int TIMEOUT_MS = 2000;

    private HealthProbe() {}

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : defaultUrl(System.getenv("QUARKUS_MANAGEMENT_PORT"));
        boolean up = isUp(url);
        System.out.println(url + (up ? " UP" : " DOWN"));
        System.exit(up ? 0 : 1);
    }

    /** The readiness URL on this host's management port ({@code managementPort}, or Quarkus' 9000 when unset). */
    static String defaultUrl(String managementPort) {
        String port = managementPort == null || managementPort.isBlank() ? "9000" : managementPort.trim();
        return "http://localhost:" + port + "/q/health/ready";
    }

    /** True when {@code url} answers 200 within two seconds to connect and two to answer. */
    public static boolean isUp(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            try {
                int status = connection.getResponseCode();
                InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
                if (body != null) {
                    body.close();
                }
                return status == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        }
    }
}
