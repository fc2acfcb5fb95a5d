package kr.go.msit.standards.platform.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

    private static final String REQUIRED =
            "mp.jwt.verify.issuer=JWT_ISSUER,mp.jwt.verify.publickey.location=JWT_PUBLIC_KEY_LOCATION";

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }

    @Test
    void everyMissingOrBlankSettingIsNamedAtOnceByItsEnvironmentVariable() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> RequiredSettings.check(config(Map.of(
                        RequiredSettings.KEY,
                        REQUIRED,
                        // what ${JWT_ISSUER:} becomes when the variable is unset
                        "mp.jwt.verify.issuer",
                        "${JWT_ISSUER_THAT_IS_NOT_SET:}",
                        "mp.jwt.verify.publickey.location",
                        "   "))));
        assertEquals(
                "Refusing to start: required configuration is missing. Set JWT_ISSUER (mp.jwt.verify.issuer), "
                        + "JWT_PUBLIC_KEY_LOCATION (mp.jwt.verify.publickey.location). See the README, section Configuration.",
                refused.getMessage());
    }

    @Test
    void startsWhenEverySettingIsThere() {
        assertDoesNotThrow(() -> RequiredSettings.check(config(Map.of(
                RequiredSettings.KEY,
                REQUIRED,
                "mp.jwt.verify.issuer",
                "https://idp.example",
                "mp.jwt.verify.publickey.location",
                "file:/keys/public.pem"))));
        assertDoesNotThrow(() -> RequiredSettings.check(config(Map.of())), "a module that requires nothing");
    }
}
