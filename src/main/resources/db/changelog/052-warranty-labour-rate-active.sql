--liquibase formatted sql

--changeset fieldback:052-warranty-labour-rate-active
-- A labour rate can be withdrawn like the other catalogue entries (nothing is deleted: claims priced at it
-- keep their copy of the rate); a withdrawn rate is never in force.
ALTER TABLE warranty_labour_rates ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
