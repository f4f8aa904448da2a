package news.verbatim;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusIntegrationTest
@ExtendWith(ContractValidation.OnPackagedApp.class)
class ContractValidationIT extends ContractValidationTest {}
