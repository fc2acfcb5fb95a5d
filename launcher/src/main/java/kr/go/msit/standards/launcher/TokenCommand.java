package kr.go.msit.standards.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./run.sh token --role ROLE [--role ROLE2] [--institution ID] [--subject NAME] [--hours N]}: prints a token
 * for the system that {@code ./run.sh} runs, signed with its development key ({@code .keys/}, created on first use).
 * The token is the last line of output, so scripts can take it with {@code tail -n 1}.
 */
public final class TokenCommand {

    static final Set<String> ROLES =
            Set.of("program-manager", "finance-officer", "partnership-officer", "institution", "auditor", "viewer");

    private TokenCommand() {}

    public static void main(String[] args) throws Exception {
        List<String> roles = new ArrayList<>();
        String institution = null;
        String subject = null;
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--role" -> roles.add(require(args[i], value));
                case "--institution" -> institution = require(args[i], value);
                case "--subject" -> subject = require(args[i], value);
                case "--hours" -> hours = Long.parseLong(require(args[i], value));
                default -> fail("unknown argument " + args[i]);
            }
            i++;
        }
        if (roles.isEmpty()) {
            fail("--role is required (one of "
                    + String.join(", ", ROLES.stream().sorted().toList()) + ")");
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                fail("unknown role " + role + " (one of "
                        + String.join(", ", ROLES.stream().sorted().toList()) + ")");
            }
        }
        if (roles.contains("institution") && institution == null) {
            fail(
                    "the institution role needs --institution ID (for example KRISS: 1b57c000-0000-4000-8000-000000000001)");
        }
        if (institution != null) {
            UUID.fromString(institution);
        }
        if (hours < 1 || hours > 24) {
            fail("--hours must be 1 to 24");
        }
        Path home = Path.of(System.getProperty("standards.home", "."))
                .toAbsolutePath()
                .normalize();
        DevTokens tokens = new DevTokens(
                DevTokens.ensureKeyPair(home.resolve(Launcher.KEYS_DIR)), Launcher.DEV_ISSUER, Launcher.AUDIENCE);
        // a person of one institution is not a person of another: without --subject, each institution's token has
        // its own subject (idempotency keys, webhooks and cursors are the subject's own)
        String name =
                subject != null ? subject : "dev-" + roles.get(0) + (institution == null ? "" : "-" + institution);
        System.err.println("[token] subject " + name + ", roles " + roles
                + (institution == null ? "" : ", institution " + institution) + ", valid " + hours
                + " h; use as: Authorization: Bearer <token>");
        System.out.println(tokens.mint(name, roles, institution, Duration.ofHours(hours)));
    }

    private static String require(String flag, String value) {
        if (value == null || value.startsWith("--")) {
            fail(flag + " needs a value");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("[token] " + message);
        System.exit(2);
    }
}
