package kr.go.msit.standards.platform.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start a module that lacks a setting it cannot run without, naming every missing environment
 * variable at once. A module lists its own in {@code kus.required-settings} as {@code property=ENVIRONMENT_VARIABLE}
 * pairs; each property reads its variable with an empty default ({@code ${JWT_ISSUER:}}), so that the check here,
 * rather than a Quarkus expansion error about one property, is what an operator sees.
 */
@ApplicationScoped
public class RequiredSettings {

    public static final String KEY = "kus.required-settings";
    private static final Logger LOG = Logger.getLogger(RequiredSettings.class);

    void check(@Observes @Priority(1) StartupEvent started) {
        check(ConfigProvider.getConfig());
    }

    /** Throws, naming every missing setting, when one of {@link #KEY} is unset or blank. */
    public static void check(Config config) {
        List<String> missing = new ArrayList<>();
        for (String pair : config.getOptionalValues(KEY, String.class).orElse(List.of())) {
            String[] parts = pair.split("=", 2);
            String property = parts[0].trim();
            String variable = parts.length > 1 ? parts[1].trim() : property;
            if (config.getOptionalValue(property, String.class)
                    .filter(value -> !value.isBlank())
                    .isEmpty()) {
                missing.add(variable + " (" + property + ")");
            }
        }
        if (!missing.isEmpty()) {
            String message = "Refusing to start: required configuration is missing. Set " + String.join(", ", missing)
                    + ". See the README, section Configuration.";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }
}
