-- A subscription delivers what its owner may read, and the service learns what that is only from the owner's token,
-- when the owner calls. So a subscription lapses unless its owner renews it (any change by the owner does), and each
-- renewal binds it to the owner's roles and institution as they are then: an owner who lost a role stops receiving
-- what that role could read within one lifetime (WEBHOOK_LIFETIME), instead of for good.
ALTER TABLE webhook_subscription ADD COLUMN expires_at TIMESTAMPTZ;
UPDATE webhook_subscription SET expires_at = now() + interval '30 days';
ALTER TABLE webhook_subscription ALTER COLUMN expires_at SET NOT NULL;
