--liquibase formatted sql

--changeset fieldback:129-warranty-claim-delivered-on-backfill
-- Claims built before 053 have no delivery day, so the failures per 1,000 machines by delivery month left
-- them out. Their machine's delivery day is the best one there is (053 copies the same column when a claim
-- is built); a machine without one leaves its claims NULL, as a new claim would be.
UPDATE warranty_claims c JOIN equipment e ON e.id = c.equipment_id
   SET c.delivered_on = e.delivery_date
 WHERE c.delivered_on IS NULL AND e.delivery_date IS NOT NULL;
