package kr.go.msit.standards.system;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the program exists for, through the gateway against the real services: a 3GPP RAN1 contribution of
 * KUS-2025-04 co-authored with NIST moves from submitted to agreed and shows in the project's outcomes, the program's
 * outcome report for the year and the dossier; a project's NIST side names a NIST laboratory, checked with
 * partnership-service, and the project is found by that laboratory.
 */
class StandardsOutcomesTest {

    static final String KUS_2025_04 = "a0000002-0000-4000-8000-000000000004";
    static final String KUS_2025_05 = "a0000002-0000-4000-8000-000000000005";
    static final String PROGRAM_2025 = "a0000000-0000-4000-8000-000000002025";
    static final String THREE_GPP = "5b0d0000-0000-4000-8000-000000000007";
    static final String NIST = "a6e0c000-0000-4000-8000-000000000001";
    static final String PML = "a6e0d000-0000-4000-8000-000000000005";

    @Test
    void aContributionCoAuthoredWithNistReachesTheOutcomesTheReportAndTheDossier() throws Exception {
        RunningSystem system = RunningSystem.get();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        system.as("outcomes-viewer", "viewer")
                .get("/api/v1/standards-bodies?size=50")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("ISO", "ITU-T", "3GPP", "IETF", "BIPM-CC", "KS"));
        system.as("outcomes-viewer", "viewer")
                .get("/api/v1/partner-agencies/" + NIST + "/units")
                .then()
                .statusCode(200)
                .body("code", hasItems("CTL", "PML", "NCNR"));
        int before = system.as("outcomes-pm", "program-manager")
                .get("/api/v1/projects/" + KUS_2025_04 + "/outcomes?fiscalYear=" + today.getYear())
                .then()
                .statusCode(200)
                .extract()
                .path("total.workItemsAdopted");

        String contribution = system.as("outcomes-pm", "program-manager")
                .body(Map.of(
                        "projectId",
                        KUS_2025_04,
                        "bodyId",
                        THREE_GPP,
                        "groupName",
                        "3GPP TSG RAN WG1",
                        "documentRef",
                        "R1-" + UUID.randomUUID().toString().substring(0, 8),
                        "titleEn",
                        "Channel measurements at 7–24 GHz",
                        "kind",
                        "TECHNICAL_CONTRIBUTION",
                        "workItem",
                        "TR 38.901",
                        "nistCoAuthors",
                        List.of("Jane Doe"),
                        "stage",
                        "SUBMITTED",
                        "stageDate",
                        today.toString()))
                .post("/api/v1/contributions")
                .then()
                .statusCode(201)
                .body("nistCoAuthored", equalTo(true))
                .extract()
                .path("id");
        system.as("outcomes-pm", "program-manager")
                .body(Map.of("stage", "AGREED", "date", today.toString()))
                .post("/api/v1/contributions/" + contribution + "/stage")
                .then()
                .statusCode(200)
                .body("milestone", equalTo("WORK_ITEM_ADOPTED"));

        system.as("outcomes-pm", "program-manager")
                .get("/api/v1/projects/" + KUS_2025_04 + "/outcomes?fiscalYear=" + today.getYear())
                .then()
                .statusCode(200)
                .body("total.workItemsAdopted", equalTo(before + 1));
        system.as("outcomes-pm", "program-manager")
                .get("/api/v1/outcome-reports/programs/" + PROGRAM_2025 + "?fiscalYear=" + today.getYear())
                .then()
                .statusCode(200)
                .body("indicators.total.workItemsAdopted", greaterThanOrEqualTo(before + 1))
                .body("indicators.rows.bodyCode", hasItem("3GPP"))
                .body("degraded", empty());
        system.as("outcomes-pm", "program-manager")
                .get("/api/v1/dossiers/" + KUS_2025_04)
                .then()
                .statusCode(200)
                .body("outcomes.total.contributionsSubmitted", greaterThanOrEqualTo(1))
                .body("degraded", empty());

        system.as("outcomes-pm", "program-manager")
                .body(Map.of("agencyId", NIST, "unitIds", List.of(PML), "division", "Time and Frequency Division"))
                .put("/api/v1/projects/" + KUS_2025_05 + "/partner-side")
                .then()
                .statusCode(200)
                .body("partnerSide.unitIds", equalTo(List.of(PML)));
        system.as("outcomes-viewer", "viewer")
                .get("/api/v1/projects?partnerUnitId=" + PML)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("KUS-2025-05"));
    }
}
