package news.verbatim.quote;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import news.verbatim.common.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "The attributed-quote corpus")
public class StatementResource {

    private final StatementRepair repair;

    public StatementResource(StatementRepair repair) {
        this.repair = repair;
    }

    @POST
    @Path("/repair")
    @SecurityRequirement(name = ApiResponses.API_KEY)
    @Operation(
            operationId = "repairStatements",
            summary = "Merge statements split by past races",
            description = "Links every quote of the corpus again and merges the statements that prove to be one remark "
                    + "(split by writers that raced before the linking key existed, or by any other cause). Safe to run "
                    + "at any time; takes a while on a large corpus. Requires an API key.")
    public RepairReport repair() {
        return repair.repairAll();
    }
}
