package kr.go.msit.standards.partnership.events;

import static kr.go.msit.standards.partnership.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Supplier;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** partnership-service's change feed: an offer's contact e-mail reaches partnership officers and auditors only. */
@QuarkusTest
@PartnershipTest
class PartnershipEventsTest {

    private static final String PML = "a6e0d000-0000-4000-8000-000000000005";

    private static JsonPath feed(Supplier<RequestSpecification> as, String subject) throws InterruptedException {
        JsonPath page = null;
        for (int attempt = 0; attempt < 100; attempt++) { // an event shows once older transactions have ended
            page = as.get()
                    .get("/api/v1/events/partnership?subject=" + subject)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!page.getList("items").isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        return page;
    }

    @Test
    void anOffersContactEmailIsShownOnlyToWhoMaySeeIt() throws InterruptedException {
        String offer = json().body(java.util.Map.of(
                        "unitId", PML,
                        "contactName", "Jane Doe",
                        "contactEmail", "jane.doe@nist.gov",
                        "topicKo", "광시계",
                        "topicEn", "Optical clocks",
                        "technologyArea", "QUANTUM",
                        "kinds", List.of("WORKSHOP"),
                        "openUntil",
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                                        .plusYears(1)
                                        .toString()))
                .post("/api/v1/partner-offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath officer = feed(Fixtures::json, offer);
        assertEquals(List.of("kr.go.msit.kus.partner-offer.created"), officer.getList("items.type"));
        assertEquals("jane.doe@nist.gov", officer.getString("items[0].data.contactEmail"));
        JsonPath institution = feed(() -> as(TestTokens.institution(Fixtures.ETRI)), offer);
        assertEquals("Jane Doe", institution.getString("items[0].data.contactName"));
        assertNull(institution.getString("items[0].data.contactEmail"));
        json().get("/api/v1/events/projects").then().statusCode(404);
    }
}
