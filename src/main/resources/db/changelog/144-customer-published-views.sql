--liquibase formatted sql

--changeset fieldback:144-customer-published-views
-- Issue 16, one owner per table: the segments of customers and the series of their machines, as the insights
-- figures group by them; io.fieldback.customer.CustomerFacts names the views. Merged projections (see 142).
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW customer_facts AS
SELECT id, dealer_id, region, province, importance
FROM customers;

CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW equipment_facts AS
SELECT id, customer_id, product_series
FROM equipment;
