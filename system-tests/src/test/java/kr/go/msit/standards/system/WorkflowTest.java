package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import kr.go.msit.standards.testsupport.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * What a frontend team does with our document: generate a TypeScript client from the gateway's OpenAPI document
 * (openapi-typescript, openapi-fetch), write a workflow through every service against its types with no casts,
 * non-null assertions or guards on fields the API always sends ({@code gateway/src/test/node/workflow.ts}),
 * type-check it with {@code tsc --strict}, and run it: once against the gateway, and once unchanged through
 * {@code prism proxy --errors}, a contract-validating proxy that answers 500 to any answer (and 422 to any request)
 * that differs from the document.
 */
class WorkflowTest {

    @Test
    void aWorkflowWrittenAgainstTheGeneratedClientTypeChecksAndRunsDirectlyAndThroughAValidatingProxy()
            throws Exception {
        RunningSystem system = RunningSystem.get();
        Path tsc = NodeTools.tool("tsc");
        Path generator = NodeTools.tool("openapi-typescript");
        Path prism = NodeTools.tool("prism");

        Path work = Path.of("target", "workflow").toAbsolutePath();
        Files.createDirectories(work.resolve("out"));
        Path modules = work.resolve("node_modules");
        if (!Files.exists(modules, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(modules, NodeTools.DIRECTORY.resolve("node_modules"));
        }
        Files.writeString(
                work.resolve("openapi.yaml"),
                given().baseUri(system.gateway)
                        .accept("application/yaml")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Files.copy(
                NodeTools.DIRECTORY.resolve("workflow.ts"),
                work.resolve("workflow.ts"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(work.resolve("tsconfig.json"), """
                {"compilerOptions": {"strict": true, "target": "ES2022", "module": "ES2022", "moduleResolution": "bundler",
                  "outDir": "out", "types": ["node"], "skipLibCheck": true}, "files": ["workflow.ts"]}
                """);
        Files.writeString(work.resolve("out").resolve("package.json"), "{\"type\": \"module\"}\n");

        NodeTools.Run generate = NodeTools.run(work, 180, generator.toString(), "openapi.yaml", "-o", "api.d.ts");
        assertEquals(0, generate.exitCode(), generate.output());
        NodeTools.Run compile = NodeTools.run(work, 180, tsc.toString(), "-p", "tsconfig.json");
        assertEquals(
                0,
                compile.exitCode(),
                "workflow.ts does not compile against the generated client:\n" + compile.output());

        NodeTools.Run direct = workflow(system, work, system.gateway);
        assertEquals(0, direct.exitCode(), "the workflow against the gateway:\n" + direct.output());
        assertTrue(direct.output().contains("workflow: all"), direct.output());

        int port = RunningSystem.freePort();
        Process proxy = new ProcessBuilder(
                        prism.toString(),
                        "proxy",
                        "--errors",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(port),
                        "openapi.yaml",
                        system.gateway)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("prism.log").toFile())
                .start();
        try {
            awaitListening(port, 60);
            NodeTools.Run proxied = workflow(system, work, "http://127.0.0.1:" + port);
            String log = Files.readString(work.resolve("prism.log"));
            assertEquals(
                    0,
                    proxied.exitCode(),
                    "the workflow through prism proxy --errors:\n" + proxied.output() + "\nprism:\n" + log);
            List<String> violations = log.lines()
                    .filter(line -> line.contains("✖") || line.contains("⚠"))
                    .toList();
            assertEquals(List.of(), violations, "prism found differences from the document");
        } finally {
            proxy.destroy();
            proxy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static NodeTools.Run workflow(RunningSystem system, Path work, String base) throws Exception {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                .toUpperCase();
        Map<String, String> environment = Map.of(
                "KUS_BASE", base,
                "KUS_RUN", run,
                "KUS_TOKEN_VIEWER", system.token("workflow-viewer", "viewer"),
                "KUS_TOKEN_PM", system.token("workflow-pm", "program-manager"),
                "KUS_TOKEN_FINANCE", system.token("workflow-finance", "finance-officer"),
                "KUS_TOKEN_PARTNERSHIP", system.token("workflow-partnership", "partnership-officer"),
                "KUS_TOKEN_INSTITUTION",
                        system.institutionToken("workflow-kriss", "1b57c000-0000-4000-8000-000000000001"),
                "KUS_TOKEN_AUDITOR", system.token("workflow-auditor", "auditor"));
        return NodeTools.run(work, 300, environment, "node", "out/workflow.js");
    }

    private static void awaitListening(int port, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("prism did not listen on " + port + " within " + seconds + " s");
    }
}
