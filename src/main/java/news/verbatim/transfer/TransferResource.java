package news.verbatim.transfer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import news.verbatim.common.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Transfer", description = "Bulk import and export of the corpus as NDJSON")
public class TransferResource {

    /** Newline-delimited JSON: one JSON value per line. */
    public static final String NDJSON = "application/x-ndjson";

    private final BulkImport importer;
    private final CorpusExport exporter;

    public TransferResource(BulkImport importer, CorpusExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @POST
    @Path("/import")
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.API_KEY)
    @Operation(
            operationId = "importArticles",
            summary = "Bulk import articles",
            description =
                    "One article per line, in the shape of POST /api/v1/articles (or a line of GET /api/v1/export),"
                            + " read as a stream and stored in batched transactions. Each line is checked and extracted as POST"
                            + " /api/v1/articles does; a bad line is reported with its number and reason and skipped, the"
                            + " good lines are kept. An article stored before (same normalised text) is counted as a"
                            + " duplicate. Body limit: verbatim.transfer.import-max-body-size (default 4 GiB). Requires an"
                            + " API key.")
    @RequestBody(
            required = true,
            description = "NDJSON: one ArticleLine per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleLine.class)))
    @APIResponse(
            responseCode = "200",
            description = "What was imported, with the rejected lines",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportSummary.class)))
    public ImportSummary importArticles(InputStream body) {
        return importer.run(body);
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @Operation(
            operationId = "exportArticles",
            summary = "Export the corpus",
            description = "Every article as one NDJSON line, by id, with its stored text, its quotes, their speakers"
                    + " (with aliases) and attributions: POST /api/v1/import on another instance stores the same"
                    + " articles, quotes and speakers, and links the same statements. Streamed; articles"
                    + " stored while it runs may or may not be included.")
    @APIResponse(
            responseCode = "200",
            description = "One ArticleLine per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleLine.class)))
    public StreamingOutput exportArticles() {
        return exporter::writeTo;
    }
}
