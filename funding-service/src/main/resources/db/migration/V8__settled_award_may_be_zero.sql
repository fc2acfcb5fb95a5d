-- A project that drew nothing (terminated before its first payment) is settled by returning its whole award, which
-- leaves the award at 0: V2's CHECK (total_krw > 0) refused that settlement with a 409 naming the constraint. An open
-- allocation's award stays above 0 (a de-obligation to nothing is refused: settle instead); a settled one may be 0.
ALTER TABLE allocation DROP CONSTRAINT allocation_total_krw_check;
ALTER TABLE allocation ADD CONSTRAINT allocation_total_krw_check
    CHECK (total_krw > 0 OR (total_krw = 0 AND settled_at IS NOT NULL));
