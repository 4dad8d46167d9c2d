--liquibase formatted sql

--changeset fieldback:053-warranty-claim-delivered-on
-- The repaired machine's delivery day, copied onto the claim when it is built (like its series and serial),
-- so that failures per 1,000 machines by delivery month are counted in the warranty module's own tables.
-- Claims made before this column stay NULL and are left out of that figure.
ALTER TABLE warranty_claims ADD COLUMN delivered_on DATE NULL;
CREATE INDEX ix_warranty_claims_series_delivered ON warranty_claims (product_series, delivered_on);
