package news.verbatim.transfer;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import news.verbatim.ContractValidation;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusIntegrationTest
@ExtendWith(ContractValidation.OnPackagedApp.class)
class ImportProgressResourceIT extends ImportProgressResourceTest {}
