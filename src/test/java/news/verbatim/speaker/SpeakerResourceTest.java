package news.verbatim.speaker;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpeakerResourceTest {

    @Test
    void speakersCarryAliasesAndQuoteCounts() {
        given().queryParam("q", "Blinken")
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].name", is("Antony Blinken"))
                .body("items[0].kind", is("PERSON"))
                .body(
                        "items[0].aliases",
                        hasItems(
                                "Antony Blinken",
                                "Blinken",
                                "Secretary of State Antony Blinken",
                                "US Secretary of State Antony Blinken"))
                .body("items[0].quoteCount", greaterThanOrEqualTo(8));
    }

    @Test
    void anonymousAndOrganisationalSpeakersAreFlagged() {
        given().queryParam("size", 100)
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .body("items.find { it.name == 'White House' }.kind", is("ORGANISATION"))
                .body("items.find { it.name == 'Israel Defense Forces' }.kind", is("ORGANISATION"))
                .body("items.find { it.name == 'senior administration official' }.kind", is("ANONYMOUS"))
                .body("items.name", hasItems("Hassan Nasrallah", "Yoav Gallant", "Benjamin Netanyahu"));
    }

    @Test
    void aSpeakerAndTheirQuotes() {
        int id = given().queryParam("q", "Nasrallah")
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        given().get("/api/v1/speakers/" + id)
                .then()
                .statusCode(200)
                .body("name", is("Hassan Nasrallah"))
                .body("aliases", hasItem("Hezbollah leader Sayyed Hassan Nasrallah"));
        given().queryParam("size", 100)
                .get("/api/v1/speakers/" + id + "/quotes")
                .then()
                .statusCode(200)
                .body("items.speaker", everyItem(is("Hassan Nasrallah")))
                .body("items.outlet", hasItems("CNN", "Jerusalem Post"))
                .body("items.text", hasItem(containsString("Our response, God willing")));
    }

    @Test
    void unknownSpeakersAreProblems() {
        given().get("/api/v1/speakers/777777")
                .then()
                .spec(problem(404))
                .body("detail", is("speaker 777777 does not exist"));
        given().get("/api/v1/speakers/777777/quotes").then().spec(problem(404));
        given().queryParam("q", "Nobody Known")
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .body("total", is(0));
        given().queryParam("size", "lots")
                .get("/api/v1/speakers")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("size"));
    }
}
