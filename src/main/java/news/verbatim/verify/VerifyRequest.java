package news.verbatim.verify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import news.verbatim.common.PublicationDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote to check, as a journalist pasted it, with who and where it is claimed to come from. */
@Schema(name = "VerifyRequest")
public record VerifyRequest(
        @NotBlank @Size(max = 10_000) @Schema(
                required = true,
                description = "The quote as pasted: quotation marks and a trailing attribution are fine",
                example = "“We’ve been engaged in intense diplomacy with allies and partners,” Blinken said.")
        String quote,

        @Size(max = 300) @Schema(
                description = "Who is claimed to have said it: any name form (surname, title + name)",
                example = "Blinken")
        String speaker,

        @Size(max = 200) @Schema(description = "Outlet claimed to have carried it", example = "CNN")
        String outlet,

        @PublicationDate
        @Schema(
                description = "Date it was claimed to be printed, yyyy-MM-dd (1800-01-01 to tomorrow)",
                example = "2024-08-07")
        LocalDate date) {}
