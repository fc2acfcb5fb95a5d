// Compiled with `tsc --noEmit` against the types that openapi-typescript generates from the gateway's document
// (GatewayApiToolsTest). Each line fails to compile when the document loses what a frontend relies on.
import type { components, paths } from "./api";

type Project = components["schemas"]["Project"];
type ProjectPage = paths["/api/v1/projects"]["get"]["responses"][200]["content"]["application/json"];
type Disbursement = paths["/api/v1/disbursements"]["post"]["responses"][201]["content"]["application/json"];
type BusinessRuleProblem = paths["/api/v1/disbursements"]["post"]["responses"][422]["content"]["application/problem+json"];
type RateLimited = paths["/api/v1/projects"]["get"]["responses"][429]["content"]["application/problem+json"];
type DisbursementHeaders = paths["/api/v1/disbursements"]["post"]["parameters"]["header"];
type Dossier = paths["/api/v1/dossiers/{projectId}"]["get"]["responses"][200]["content"]["application/json"];
type Dashboard = paths["/api/v1/dashboard"]["get"]["responses"][200]["content"]["application/json"];
type AuditPage = paths["/api/v1/audit/{service}"]["get"]["responses"][200]["content"]["application/json"];

// the Idempotency-Key header is documented, and required where money moves
export const headers: DisbursementHeaders = { "Idempotency-Key": "retry-safe-1" };
export const empty: ProjectPage = { items: [], page: 0, size: 20, total: 0, next: null };
// every field the API always sends is required: no undefined to handle, and null only where the API sends null
export const amount = (d: Disbursement): number => d.amountKrw;
export const approver = (d: Disbursement): string | null => d.approvedBy;
export const title = (p: BusinessRuleProblem | RateLimited): string | undefined => p.title;
// composed views carry the services' own types, not untyped objects
export const projectCode = (d: Dossier): string => d.project.code;
export const allocated = (d: Dossier): number | undefined => d.allocation?.totalKrw;
export const paid = (d: Dashboard): number | undefined => d.programs?.[0]?.paidKrw;
export const missing = (d: Dashboard): string[] => d.degraded.map((part) => part.part);
export const actor = (a: AuditPage): string => a.items[0].actorSubject;
export const before = (a: AuditPage): unknown => a.items[0].changes["status"].old;
// @ts-expect-error a project has no such field: the types are real, not `any`
export const wrong = (p: Project) => p.noSuchField;
