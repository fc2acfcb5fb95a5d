// A frontend's workflow through every service, written as a frontend developer would against the client generated
// from the gateway's OpenAPI document (openapi-typescript + openapi-fetch): no casts, no non-null assertions, no
// optional chaining or guards on fields the API always sends. It must compile under `tsc --strict`, and it runs
// against a live system (WorkflowTest in system-tests): once directly against the gateway and once through
// `prism proxy --errors`, which refuses any request or answer that differs from the document.
//
// Environment: KUS_BASE (the gateway, or the proxy in front of it) and a bearer token per role: KUS_TOKEN_VIEWER,
// KUS_TOKEN_PM, KUS_TOKEN_FINANCE, KUS_TOKEN_PARTNERSHIP, KUS_TOKEN_INSTITUTION (of KRISS), KUS_TOKEN_AUDITOR;
// KUS_RUN, a suffix that makes this run's codes and e-mails unique.
import createClient from "openapi-fetch";
import type { components, paths } from "./api";

type Schemas = components["schemas"];
type Problem = Schemas["Problem"];

/** The date in Korea (YYYY-MM-DD) `days` from today: the API's "today" is Korea's. */
const koreaDate = (days: number): string =>
  new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

const base = required("KUS_BASE");
const run = required("KUS_RUN");
const KRISS = "1b57c000-0000-4000-8000-000000000001";
const NIST = "a6e0c000-0000-4000-8000-000000000001";
const GAITHERSBURG = "a6e05000-0000-4000-8000-000000000001";
const ENVELOPE = "b0000000-0000-4000-8000-000000002025";
const PROGRAM = "a0000000-0000-4000-8000-000000002025";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function as(role: string) {
  return createClient<paths>({ baseUrl: base, headers: { Authorization: `Bearer ${required(`KUS_TOKEN_${role}`)}` } });
}

const viewer = as("VIEWER");
const pm = as("PM");
const finance = as("FINANCE");
const partnership = as("PARTNERSHIP");
const institution = as("INSTITUTION");
const auditor = as("AUDITOR");

let steps = 0;

/** One step: the answer's data, or the step fails with the problem the API gave. */
function step<T>(name: string, result: { data: T; error?: never; response: Response } | { data?: never; error: Problem; response: Response }): T {
  steps++;
  if (result.error !== undefined) {
    throw new Error(`step ${steps} (${name}): ${result.response.status} ${result.error.title}: ${result.error.detail ?? ""}`);
  }
  console.log(`step ${steps} ${name}: ${result.response.status}`);
  return result.data;
}

/** One step that must be refused: the problem the API gave. */
function refused(name: string, status: number, result: { data?: unknown; error?: Problem; response: Response }): Problem {
  steps++;
  if (result.error === undefined || result.response.status !== status) {
    throw new Error(`step ${steps} (${name}): expected ${status}, got ${result.response.status}`);
  }
  console.log(`step ${steps} ${name}: ${result.response.status} ${result.error.type}`);
  return result.error;
}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Error(`step ${steps}: ${what}`);
  }
}

function etag(response: Response): string {
  const tag = response.headers.get("ETag");
  check(tag !== null, "an ETag");
  return tag ?? "";
}

async function main(): Promise<void> {
  // projects-service: what the public sees
  const page = step("list projects", await viewer.GET("/api/v1/projects", { params: { query: { size: 3 } } }));
  const first: Schemas["Project"] = page.items[0];
  check(page.total >= 8 && first.code.startsWith("KUS-"), "the projects of 2025");
  const next: string | null = page.next;
  if (next !== null) {
    const second = step("next page", await viewer.GET("/api/v1/projects", { params: { query: { size: 3, after: next } } }));
    check(second.page === 1, "page 1 by cursor");
  }
  const fetched = step("get a project", await viewer.GET("/api/v1/projects/{id}", { params: { path: { id: first.id } } }));
  const award: number = fetched.awardedTotalKrw;
  const reason: string | null = fetched.statusReason;
  console.log(`  ${fetched.code} ${fetched.titleEn}: ${award} KRW, ${fetched.status}${reason === null ? "" : ` (${reason})`}`);
  const summary = step("summary", await viewer.GET("/api/v1/projects/summary"));
  check(summary.byStatus.length > 0, "projects by state");

  // partnership-service: KRISS's MOU with NIST, in force
  const agreement = step("record an MOU", await partnership.POST("/api/v1/agreements", {
    body: {
      institutionId: KRISS, agencyId: NIST, instrument: "MOU", title: `KRISS–NIST MOU ${run}`,
      counterpartLaboratory: "Physical Measurement Laboratory", signedOn: "2025-01-02", effectiveFrom: "2025-01-02",
    },
  }));
  const active = step("activate it", await partnership.POST("/api/v1/agreements/{id}/activate", {
    params: { path: { id: agreement.id } },
  }));
  const expiry: number | null = active.daysToExpiry;
  check(active.status === "ACTIVE" && active.inForce && expiry === null, "in force, open-ended");
  const eligible = step("eligibility", await institution.GET("/api/v1/eligibility", {
    params: { query: { institutionId: KRISS, instrument: ["MOU"], agencyCode: ["NIST"] } },
  }));
  check(eligible.eligible && eligible.qualifyingAgreements.length > 0, "KRISS eligible");

  // projects-service: a call, an application, review and selection
  const call = step("create a call", await pm.POST("/api/v1/calls", {
    body: {
      programId: PROGRAM, code: `KUS-2026-W${run}`, fiscalYear: 2026, titleKo: "2026년 선행 표준화 과제 공모",
      titleEn: "2026 preemptive standardization call", budgetCeilingKrw: 1_000_000_000, perProjectCapKrw: 500_000_000,
      durationMonths: 36, qualifyingInstruments: ["MOU", "LOI"], selectionMode: "OPEN",
      // applications are taken between these days, in Korea's dates: from today for a month
      opensOn: koreaDate(0), closesOn: koreaDate(30),
    },
  }));
  check(call.qualifyingAgencies.includes("NIST"), "the program's partner agency qualifies by default");
  step("announce the call", await pm.POST("/api/v1/calls/{id}/announce", { params: { path: { id: call.id } } }));
  step("open the call", await pm.POST("/api/v1/calls/{id}/open", { params: { path: { id: call.id } } }));
  const application = step("apply", await institution.POST("/api/v1/applications", {
    body: {
      callId: call.id, titleKo: "양자 시간 표준", titleEn: "Quantum time standards", technologyArea: "QUANTUM",
      leadInstitutionId: KRISS, principalInvestigator: { name: "이연구" }, partnerAgreementId: agreement.id,
      requestedBudget: [{ fiscalYear: 2026, amountKrw: 300_000_000 }],
    },
  }));
  const submittedAt: string | null = application.submittedAt;
  check(application.status === "DRAFT" && submittedAt === null && application.averageScore === null, "a draft");
  step("submit", await institution.POST("/api/v1/applications/{id}/submit", { params: { path: { id: application.id } } }));
  step("close the call", await pm.POST("/api/v1/calls/{id}/close", { params: { path: { id: call.id } } }));
  step("review the call", await pm.POST("/api/v1/calls/{id}/start-review", { params: { path: { id: call.id } } }));
  step("check eligibility", await pm.POST("/api/v1/applications/{id}/check-eligibility", { params: { path: { id: application.id } } }));
  step("start review", await pm.POST("/api/v1/applications/{id}/start-review", { params: { path: { id: application.id } } }));
  const reviewed = step("score", await pm.POST("/api/v1/applications/{id}/reviews", {
    params: { path: { id: application.id } }, body: { reviewer: "reviewer-1", score: 88, comment: "NIST PML partner" },
  }));
  check(reviewed.averageScore === 88, "the average");
  // a project's period lies within its program's years (2025–2029): 36 months from 2026-01-01 end in 2028, where
  // the default start (next month) would not from February 2027 on; and its first year has begun whatever today is,
  // so that its first year's money can be paid (a fiscal year's money is paid from its 1 January)
  const selected = step("select", await pm.POST("/api/v1/applications/{id}/select", {
    params: { path: { id: application.id }, header: { "Idempotency-Key": `select-${run}` } },
    body: { periodStart: "2026-01-01" },
  }));
  const projectId: string | null = selected.projectId;
  check(selected.status === "SELECTED" && projectId !== null, "a project");
  const got = await pm.GET("/api/v1/projects/{id}", { params: { path: { id: projectId } } });
  const project = step("the new project", got);
  check(project.partnerAgreementId === agreement.id, "the project records the agreement its lead relies on");
  const signed = step("sign the agreement (협약)", await pm.POST("/api/v1/projects/{id}/sign-agreement", {
    params: { path: { id: project.id }, header: { "If-Match": etag(got.response) } },
  }));
  step("activate", await pm.POST("/api/v1/projects/{id}/activate", { params: { path: { id: signed.id } } }));
  const reports = step("its reports", await pm.GET("/api/v1/projects/{id}/reports", { params: { path: { id: project.id } } }));
  check(reports.length > 0 && reports[0].submittedAt === null, "scheduled reports, none submitted");

  // funding-service: appropriation, award, a budget line, a disbursement requested, approved and paid
  // budget lines only for years inside the project's period (from its periodStart)
  const firstYear = Number(project.periodStart.slice(0, 4));
  step(`appropriate ${firstYear}`, await finance.PUT("/api/v1/budgets/{id}/appropriations/{fiscalYear}", {
    params: { path: { id: ENVELOPE, fiscalYear: firstYear } }, body: { amountKrw: 7_500_000_000 },
  }));
  const allocation = step("award", await finance.POST("/api/v1/allocations", {
    body: { projectId: project.id, totalKrw: project.awardedTotalKrw },
  }));
  const settledAt: string | null = allocation.settledAt;
  check(settledAt === null && allocation.technologyArea === "QUANTUM", "an open award");
  const lines = await finance.PUT("/api/v1/allocations/{id}/lines", {
    params: { path: { id: allocation.id }, header: { "If-Match": `"${allocation.version}"` } },
    body: { lines: [{ fiscalYear: firstYear, costCategory: "ALL", amountKrw: project.awardedTotalKrw }] },
  });
  const withLines = step("budget lines", lines);
  etag(lines.response);
  const line = withLines.lines[0];
  const disbursement = step("request money", await institution.POST("/api/v1/disbursements", {
    params: { header: { "Idempotency-Key": `disburse-${run}` } },
    body: { lineId: line.id, amountKrw: 50_000_000, purpose: "1차 연구비 / first tranche" },
  }));
  const approvedBy: string | null = disbursement.approvedBy;
  check(disbursement.status === "REQUESTED" && approvedBy === null && disbursement.paidAt === null, "requested");
  step("approve", await finance.POST("/api/v1/disbursements/{id}/approve", { params: { path: { id: disbursement.id } } }));
  const paid = step("pay", await finance.POST("/api/v1/disbursements/{id}/pay", {
    params: { path: { id: disbursement.id } }, body: { paymentReference: `BANK-${run}` },
  }));
  check(paid.status === "PAID" && paid.paymentReference === `BANK-${run}`, "paid");
  const again: Problem = refused("pay twice", 409, await finance.POST("/api/v1/disbursements/{id}/pay", {
    params: { path: { id: disbursement.id } }, body: { paymentReference: `BANK-${run}-2` },
  }));
  check(again.currentState === "PAID", "the problem names the state");
  const ledger = step("ledger", await finance.GET("/api/v1/ledger", { params: { query: { size: 5 } } }));
  const lineOfFirst: string | null = ledger.items[0].lineId;
  console.log(`  first entry ${ledger.items[0].type}, line ${lineOfFirst ?? "none"}`);
  const reconciliation = step("reconcile", await finance.GET("/api/v1/ledger/reconciliation"));
  check(reconciliation.clean, "a clean ledger");
  const report = step("project funding report", await institution.GET("/api/v1/funding-reports/projects/{projectId}", {
    params: { path: { projectId: project.id } },
  }));
  // this operation answers JSON or CSV by Accept, so the document gives a union: the one narrowing here
  check(typeof report !== "string" && report.lines[0].paidKrw === 50_000_000, "paid on the line");

  // partnership-service: a researcher to NIST, and a joint workshop
  const dispatch = step("plan a dispatch (파견)", await partnership.POST("/api/v1/dispatches", {
    body: {
      researcher: { name: "김파견", email: `dispatch-${run}@kriss.re.kr`, homeInstitutionId: KRISS },
      projectId: project.id, siteId: GAITHERSBURG, hostLaboratory: "Physical Measurement Laboratory",
      purpose: "optical clock comparison", visaCategory: "J1_SHORT_TERM_SCHOLAR",
      plannedStart: "2027-03-02", plannedEnd: "2027-04-30",
    },
  }));
  const actualStart: string | null = dispatch.actualStart;
  check(actualStart === null && dispatch.researcher.institutionId === KRISS, "planned");
  step("approve it", await partnership.POST("/api/v1/dispatches/{id}/approve", { params: { path: { id: dispatch.id } } }));
  const workshop = step("plan a workshop (공동 연찬회)", await partnership.POST("/api/v1/workshops", {
    body: {
      titleKo: `한미 표준 연찬회 ${run}`, titleEn: `Korea–US standards workshop ${run}`, startsOn: "2027-09-01",
      endsOn: "2027-09-02", place: "NIST Gaithersburg", coHosts: ["MSIT", "NIST"],
    },
  }));
  const registered = step("register a participant", await partnership.POST("/api/v1/workshops/{id}/participants", {
    params: { path: { id: workshop.id } },
    body: { name: "Dr. Smith", email: `smith-${run}@nist.gov`, affiliation: "NIST PML", side: "PARTNER" },
  }));
  const attended: boolean | null = registered.participants[0].attended;
  check(attended === null && registered.counts.partnerRegistered === 1, "registered, attendance not taken");

  // gateway: composed views
  const dossier = step("dossier", await pm.GET("/api/v1/dossiers/{projectId}", { params: { path: { projectId: project.id } } }));
  check(dossier.project.code === project.code && dossier.degraded.length === 0, "a whole dossier");
  const allocated: number | undefined = dossier.allocation?.totalKrw; // null when the project has no award yet
  check(allocated === project.awardedTotalKrw, "its award");
  const dashboard = step("dashboard", await pm.GET("/api/v1/dashboard", { params: { query: { expiringWithinDays: 90 } } }));
  check(dashboard.degraded.length === 0, "a whole dashboard");

  // every service's audit trail
  for (const service of ["projects", "funding", "partnership"] as const) {
    const audit = step(`audit of ${service}`, await auditor.GET("/api/v1/audit/{service}", {
      params: { path: { service }, query: { size: 2 } },
    }));
    const institutionOfActor: string | null = audit.items[0].actorInstitutionId;
    check(audit.items.length > 0 && audit.items[0].actorSubject.length > 0, `${service} audited`);
    console.log(`  ${service}: ${audit.total} rows, latest by ${audit.items[0].actorSubject} (${institutionOfActor ?? "no institution"})`);
  }
  const history = step("an application's history", await pm.GET("/api/v1/applications/{id}/history", {
    params: { path: { id: application.id } },
  }));
  const change = history.items[0].changes;
  check(Object.keys(change).length > 0, "what changed");

  // a refusal reads as a typed problem (well-formed, so a validating proxy passes it on, but against a rule)
  const refusal = refused("a cap above the ceiling", 422, await pm.POST("/api/v1/calls", {
    body: {
      programId: PROGRAM, code: `KUS-2026-X${run}`, fiscalYear: 2026, titleKo: "상한 초과", titleEn: "Cap above ceiling",
      budgetCeilingKrw: 100_000_000, perProjectCapKrw: 200_000_000, durationMonths: 12, qualifyingInstruments: ["MOU"],
      selectionMode: "OPEN",
    },
  }));
  check(refusal.rule === "cap-above-ceiling" && refusal.status === 422, "the rule named");
  console.log(`workflow: all ${steps} steps as documented`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
