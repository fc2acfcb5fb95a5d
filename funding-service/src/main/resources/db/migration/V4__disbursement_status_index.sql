-- The disbursements list filtered by status alone (e.g. every PAID one): its first page counts the matches and its
-- pages run in code order. With (status, code) both are index ranges: the count reads only the matching entries
-- (index-only once vacuumed) instead of the whole table, and a page is the next n entries of the range.
CREATE INDEX disbursement_status ON disbursement (status, code);
