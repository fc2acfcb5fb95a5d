-- A target URL of up to 2,000 characters may hold non-ASCII characters, up to 8 KB in UTF-8: more than a b-tree
-- index row holds (about 2.7 KB), and subscribing with one was a 500. The same rule on the URL's digest.
DROP INDEX webhook_subscription_target;
CREATE UNIQUE INDEX webhook_subscription_target ON webhook_subscription (owner_subject, md5(target_url));
