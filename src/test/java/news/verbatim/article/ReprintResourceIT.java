package news.verbatim.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import news.verbatim.ContractValidation;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusIntegrationTest
@ExtendWith(ContractValidation.OnPackagedApp.class)
class ReprintResourceIT extends ReprintResourceTest {}
