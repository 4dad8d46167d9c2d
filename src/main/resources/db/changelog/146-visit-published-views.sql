--liquibase formatted sql

--changeset fieldback:146-visit-published-views
-- Issue 16, one owner per table: whose visit it was and which dealer's station made it, so complaint figures,
-- insights and privacy scope by dealer or station without reading visits; io.fieldback.visit.VisitFacts names the
-- view. Merged projection (see 142).
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW visit_facts AS
SELECT id, customer_id, dealer_id, station_id
FROM visits;
