-- One payment reference identifies one payment whatever its letters' case: a finance officer typing TX-1 as tx-1
-- recorded one bank transfer as two payments. The unique index is on upper(payment_reference) from here on (the
-- reference is kept as typed). A database that already holds two payments of one reference in different case cannot
-- be upgraded until they are resolved by hand (its administrator, with the finance officers): the migration names them.
DO $$
BEGIN
    IF EXISTS (SELECT upper(payment_reference) FROM disbursement WHERE payment_reference IS NOT NULL
               GROUP BY upper(payment_reference) HAVING count(*) > 1) THEN
        RAISE EXCEPTION 'Two disbursements share a payment reference in different case; resolve them before upgrading: %',
            (SELECT string_agg(payment_reference, ', ') FROM disbursement
             WHERE payment_reference IS NOT NULL AND upper(payment_reference) IN (
                 SELECT upper(payment_reference) FROM disbursement WHERE payment_reference IS NOT NULL
                 GROUP BY upper(payment_reference) HAVING count(*) > 1));
    END IF;
END $$;
DROP INDEX disbursement_payment_reference_unique;
CREATE UNIQUE INDEX disbursement_payment_reference_unique ON disbursement (upper(payment_reference))
    WHERE payment_reference IS NOT NULL;
