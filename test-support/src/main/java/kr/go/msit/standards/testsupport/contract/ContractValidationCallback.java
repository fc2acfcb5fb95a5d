package kr.go.msit.standards.testsupport.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Turns {@link ContractValidation} on for the {@code @QuarkusTest}s of a module whose configuration sets
 * {@code kus.test.contract-validation=true} (the services; not the gateway, whose tests answer from stubs).
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (ConfigProvider.getConfig()
                .getOptionalValue("kus.test.contract-validation", Boolean.class)
                .orElse(false)) {
            ContractValidation.install();
        }
    }
}
