--liquibase formatted sql

--changeset fieldback:128-warranty-settlement-lines-covering
-- A settlement run sums each batch's lines before and after it adds the month's claims (line counts and
-- totals per batch): with the amount in the batch index that is an index-only pass, not one row lookup per
-- line (200,000 in a month of the network). The new index also keeps the batch's line order (kind, claim
-- number) and backs the foreign key, so the old one goes.
CREATE INDEX ix_warranty_settlement_lines_batch_amount
    ON warranty_settlement_lines (settlement_id, kind, claim_number, amount);
DROP INDEX ix_warranty_settlement_lines_batch ON warranty_settlement_lines;
