import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;

/**
 * The floor of a reverse proxy on the gateway's own stack, for bench/run.sh: Vert.x and Netty of the gateway's build on
 * the same JVM and memory settings, one server and one pooled client per event loop, and nothing else: no routing
 * table, request id, token check, CORS, security handlers, metrics, deadline or header policy. What the gateway spends
 * above this per request is the price of its own work; what this spends above nginx is the price of the stack.
 *
 * <pre>java -cp VERTX_AND_NETTY_JARS bench/BareProxy.java LISTEN_PORT TARGET_PORT</pre>
 */
public class BareProxy extends AbstractVerticle {
    private static int listen;
    private static int target;
    private HttpClient client;

    @Override
    public void start(Promise<Void> started) {
        client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setDefaultHost("localhost").setDefaultPort(target),
                new PoolOptions().setHttp1MaxSize(64));
        vertx.createHttpServer(new HttpServerOptions().setHost("localhost").setPort(listen))
                .requestHandler(this::proxy)
                .listen()
                .<Void>mapEmpty()
                .onComplete(started);
    }

    private void proxy(HttpServerRequest in) {
        boolean body = in.headers().contains("content-length") || in.headers().contains("transfer-encoding");
        if (body) {
            in.pause();
        }
        client.request(in.method(), in.uri()).onComplete(asked -> {
            if (asked.failed()) {
                in.response().setStatusCode(502).end();
                return;
            }
            var out = asked.result();
            in.headers().forEach(h -> {
                if (!h.getKey().equalsIgnoreCase("host") && !h.getKey().equalsIgnoreCase("connection")) {
                    out.headers().add(h.getKey(), h.getValue());
                }
            });
            (body ? out.send(in) : out.send()).onComplete(answered -> {
                if (answered.failed()) {
                    in.response().setStatusCode(502).end();
                    return;
                }
                var answer = answered.result();
                HttpServerResponse response = in.response().setStatusCode(answer.statusCode());
                answer.headers().forEach(h -> {
                    if (!h.getKey().equalsIgnoreCase("connection")) {
                        response.headers().add(h.getKey(), h.getValue());
                    }
                });
                answer.pipeTo(response);
            });
        });
    }

    public static void main(String[] args) {
        listen = Integer.parseInt(args[0]);
        target = Integer.parseInt(args[1]);
        int loops = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(BareProxy::new, new DeploymentOptions().setInstances(loops)).onComplete(deployed -> {
            if (deployed.succeeded()) {
                System.out.println("bare proxy ready on " + listen);
            } else {
                deployed.cause().printStackTrace();
                System.exit(1);
            }
        });
    }
}
