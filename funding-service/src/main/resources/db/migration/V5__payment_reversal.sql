-- Payment reversal (REVERSE): a paid disbursement whose transfer the bank returned is reversed, once, with a reason,
-- by a finance officer other than the one who paid it; the line's paid and committed amounts drop, the ledger gains a
-- REVERSE entry. And one payment reference identifies one payment.
ALTER TABLE disbursement DROP CONSTRAINT disbursement_status_check;
ALTER TABLE disbursement ADD CONSTRAINT disbursement_status_check
    CHECK (status IN ('REQUESTED', 'APPROVED', 'PAID', 'REJECTED', 'CANCELLED', 'REVERSED'));
ALTER TABLE disbursement ADD COLUMN reversed_by VARCHAR(255);
ALTER TABLE disbursement ADD COLUMN reversed_at TIMESTAMPTZ;
ALTER TABLE disbursement ADD CONSTRAINT disbursement_reversal_checker
    CHECK (reversed_by IS NULL OR reversed_by <> paid_by);
ALTER TABLE disbursement ADD CONSTRAINT disbursement_reversed_has_reverser
    CHECK (status <> 'REVERSED' OR (reversed_by IS NOT NULL AND reversed_at IS NOT NULL AND payment_reference IS NOT NULL));

DO $$
BEGIN
    IF EXISTS (SELECT payment_reference FROM disbursement WHERE payment_reference IS NOT NULL
               GROUP BY payment_reference HAVING count(*) > 1) THEN
        RAISE EXCEPTION 'Two disbursements share a payment reference; resolve them before upgrading: %',
            (SELECT string_agg(payment_reference, ', ') FROM (SELECT payment_reference FROM disbursement
             WHERE payment_reference IS NOT NULL GROUP BY payment_reference HAVING count(*) > 1) duplicated);
    END IF;
END $$;
CREATE UNIQUE INDEX disbursement_payment_reference_unique ON disbursement (payment_reference)
    WHERE payment_reference IS NOT NULL;
