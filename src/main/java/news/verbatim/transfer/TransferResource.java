package news.verbatim.transfer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import news.verbatim.common.ApiException;
import news.verbatim.common.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    private final ImportRuns imports;
    private final CorpusExport exporter;

    public TransferResource(BulkImport importer, ImportRuns imports, CorpusExport exporter) {
        this.importer = importer;
        this.imports = imports;
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
    @Path("/import")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listImports",
            summary = "Imports on this instance",
            description = "The imports running on this instance (oldest first) with their counts so far, then the"
                    + " last 20 that ended (latest first). Follow a long upload from another terminal; each"
                    + " instance lists only its own imports.")
    @APIResponse(
            responseCode = "200",
            description = "Running, then ended imports",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ImportProgress.class)))
    public List<ImportProgress> listImports() {
        return imports.all();
    }

    @GET
    @Path("/import/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getImport",
            summary = "One import's progress",
            description = "The counts so far of an import running on this instance, or how one of the last 20 to"
                    + " end ended. Its id is in the import's answer and in GET /api/v1/import.")
    @APIResponse(
            responseCode = "200",
            description = "The import's progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportProgress.class)))
    public ImportProgress getImport(@PathParam("id") String id) {
        return imports.find(id).orElseThrow(() -> ApiException.notFound("import", id));
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
