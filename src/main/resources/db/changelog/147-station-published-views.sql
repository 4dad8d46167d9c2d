--liquibase formatted sql

--changeset fieldback:147-station-published-views
-- Issue 16, one owner per table: a station's dealer, code and name, for report labels and scope checks;
-- io.fieldback.station.StationFacts names the view. Merged projection (see 142).
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW station_facts AS
SELECT id, dealer_id, code, name
FROM stations;
