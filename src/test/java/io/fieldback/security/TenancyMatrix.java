package io.fieldback.security;

import static io.fieldback.security.Roles.ADMIN;
import static io.fieldback.security.Roles.AGENT;
import static io.fieldback.security.Roles.ANALYST;
import static io.fieldback.security.Roles.DEALER;
import static io.fieldback.security.Roles.HANDLER;
import static io.fieldback.security.Roles.STATION_MANAGER;
import static io.fieldback.security.Roles.TECHNICIAN;
import static io.fieldback.security.Roles.VENDOR;
import static io.fieldback.security.Roles.WARRANTY_ANALYST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ComplaintFixtures;
import io.fieldback.notification.NotificationSamples;
import io.fieldback.support.TestData;

/**
 * The tenancy matrix: for every operation of the contract, who may call it and what each caller gets
 * for an object of their own tenant and of another tenant. {@link TenancyMatrixTest} runs it.
 *
 * <h2>Adding an endpoint</h2>
 * A new operation in {@code openapi/openapi.json} without an entry here fails the test (and so does an
 * entry whose operation is gone). Add one line group to {@link #ENTRIES}, in contract order:
 * <pre>
 *   op("GET /api/v1/survey-batches/{id}").roles(ADMIN, ANALYST, VENDOR)   // exactly the roles allowed
 *       .path("id", w -&gt; w.surveyBatch)        // the path parameter, from the tenant's world
 * </pre>
 * {@code w} is one tenant's {@link TenancyWorld}: the caller is always tenant A; "own" fills the request
 * from A's world, "foreign" from B's. Add the record your endpoint needs to {@code TenancyWorld} (built
 * through the API as an admin), or a {@code newX()} factory when the operation uses the record up
 * (delete, state changes): {@code .path("id", w -> w.newX())} is evaluated for every call.
 * What the test then expects, per role:
 * <ul>
 * <li>no token: 401; a role not in {@code roles(...)}: 403;</li>
 * <li>own object: {@code ok(...)} (default: GET/PUT 200, POST 201, DELETE 204);</li>
 * <li>foreign object: 404 for tenant-bound roles (dealer, station manager, technician, vendor), or
 * {@code foreign(status)} when the operation answers otherwise (a foreign id in a body is 400, a
 * body's tenant field is ignored so the create succeeds for the caller's own tenant); network-wide roles
 * (admin, analyst, agent, handler) and {@code global()} operations (no tenant-owned object) get
 * {@code ok} both times.</li>
 * </ul>
 * Other knobs: {@code query(name, w -> value)} adds a query parameter; {@code body(w -> map)} sends JSON;
 * {@code ifMatch()} sends the current ETag (read by an admin from the same URL, or {@code ifMatch(url)});
 * {@code listed(w -> id)} on a list checks that a tenant-bound caller sees its own record and never the
 * other tenant's (filters from {@code query(...)} name the other tenant on the foreign call; 200 both times); {@code answers(path, own, foreign)} checks a field of a tenant-bound caller's answer.
 */
final class TenancyMatrix {

    /** Roles bound to one tenant: they must never see another tenant's objects. */
    static final Set<String> TENANT_BOUND = Set.of(DEALER, STATION_MANAGER, TECHNICIAN, VENDOR);

    private static final String[] EVERY_ROLE = Roles.ALL.toArray(String[]::new);

    private static final String[] ALL_BUT_VENDOR = { ADMIN, ANALYST, AGENT, HANDLER, STATION_MANAGER, TECHNICIAN,
            DEALER };

    static final List<Op> ENTRIES = List.of(
            // ---- announcements: staff write and publish; a station or dealer sees those that reached it ----
            op("GET /api/v1/announcements").roles(ADMIN, HANDLER, WARRANTY_ANALYST, STATION_MANAGER, TECHNICIAN, DEALER)
                    // the notice is made before the first list call (the query is resolved before the request)
                    .query("limit", w -> w.announcements() == null ? 0 : 500).listed(w -> w.announcements().announcement),
            op("POST /api/v1/announcements").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global()
                    .body(w -> w.announcements().body()),
            op("GET /api/v1/announcements/{id}").roles(ADMIN, HANDLER, WARRANTY_ANALYST, STATION_MANAGER, TECHNICIAN,
                    DEALER).path("id", w -> w.announcements().announcement),
            op("PUT /api/v1/announcements/{id}").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global()
                    .path("id", w -> w.announcements().newDraft()).ifMatch().body(w -> w.announcements().body()),
            op("DELETE /api/v1/announcements/{id}").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global()
                    .path("id", w -> w.announcements().newDraft()),
            op("POST /api/v1/announcements/{id}/attachments").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global()
                    .path("id", w -> w.announcements().newDraft()).query("fileName", w -> "bulletin.png")
                    .contentType("image/png").body(w -> TenancyWorld.PNG),
            op("GET /api/v1/announcements/{id}/attachments/{attachmentId}").roles(ADMIN, HANDLER, WARRANTY_ANALYST,
                    STATION_MANAGER, TECHNICIAN, DEALER).path("id", w -> w.announcements().announcement)
                    .path("attachmentId", w -> w.announcements().document),
            op("POST /api/v1/announcements/{id}/publish").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global().ok(200)
                    .path("id", w -> w.announcements().newDraft()),
            op("POST /api/v1/announcements/{id}/read").roles(STATION_MANAGER, TECHNICIAN, DEALER).ok(200)
                    .path("id", w -> w.announcements().announcement),
            op("GET /api/v1/announcements/{id}/receipts").roles(ADMIN, HANDLER, WARRANTY_ANALYST, DEALER)
                    .path("id", w -> w.announcements().announcement),
            op("GET /api/v1/announcements/{id}/unread").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global()
                    .path("id", w -> w.announcements().announcement),
            op("POST /api/v1/announcements/{id}/withdraw").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global().ok(200)
                    .path("id", w -> w.announcements().newPublished()),

            // ---- API keys (admin only; keys are not a tenant's records) ----
            op("GET /api/v1/api-keys").roles(ADMIN).global(),
            op("POST /api/v1/api-keys").roles(ADMIN).global()
                    .body(w -> Map.of("name", "DMS", "role", "DEALER", "dealerId", w.dealer.toString())),
            op("DELETE /api/v1/api-keys/{id}").roles(ADMIN).global().path("id", w -> w.newApiKey()),
            op("GET /api/v1/api-keys/{id}").roles(ADMIN).global().path("id", w -> w.apiKey),

            // ---- audit log: admins only, network-wide ----
            op("GET /api/v1/audit-events").roles(ADMIN).global(),

            // ---- campaigns: staff run them network-wide; a dealer sees its customers' items, a station those at it ----
            op("GET /api/v1/campaign-items/{id}").roles(ADMIN, ANALYST, HANDLER, WARRANTY_ANALYST, DEALER, STATION_MANAGER)
                    .path("id", w -> w.campaigns().item),
            op("POST /api/v1/campaign-items/{id}/outcome").roles(ADMIN, HANDLER, DEALER).ok(200)
                    .path("id", w -> w.campaigns().newItem()).body(w -> Map.of("state", "NOT_REACHABLE", "reason", "三次未接通")),
            op("POST /api/v1/campaign-items/{id}/visit").roles(ADMIN, HANDLER, DEALER).ok(200)
                    .path("id", w -> w.campaigns().newItem()).body(w -> Map.of("visitId", w.campaigns().visit.toString())),
            op("GET /api/v1/campaigns").roles(ADMIN, ANALYST, HANDLER, WARRANTY_ANALYST, DEALER, STATION_MANAGER).global(),
            op("POST /api/v1/campaigns").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global().body(w -> w.campaigns().body()),
            op("GET /api/v1/campaigns/{id}").roles(ADMIN, ANALYST, HANDLER, WARRANTY_ANALYST, DEALER, STATION_MANAGER)
                    .global().path("id", w -> w.campaigns().campaign),
            op("GET /api/v1/campaigns/{id}/figures").roles(ADMIN, ANALYST, HANDLER, WARRANTY_ANALYST).global()
                    .path("id", w -> w.campaigns().campaign),
            op("GET /api/v1/campaigns/{id}/items").roles(ADMIN, ANALYST, HANDLER, WARRANTY_ANALYST, DEALER, STATION_MANAGER)
                    .path("id", w -> w.campaigns().campaign).listed(w -> w.campaigns().item),
            op("POST /api/v1/campaigns/{id}/notify").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global().ok(200)
                    .path("id", w -> w.campaigns().newStartedCampaign()),
            op("POST /api/v1/campaigns/{id}/start").roles(ADMIN, HANDLER, WARRANTY_ANALYST).global().ok(200)
                    .path("id", w -> w.campaigns().newCampaign()),

            // ---- complaints: a dealer sees those about its customers and its stations' visits ----
            op("GET /api/v1/complaints").roles(ADMIN, ANALYST, HANDLER, AGENT, DEALER)
                    .query("customerId", w -> w.customer).listed(w -> w.complaint),
            op("POST /api/v1/complaints").roles(ADMIN, HANDLER, AGENT, DEALER).body(TenancyWorld::complaintBody)
                    .foreign(400), // another dealer's customer is "no customer with this id"
            op("GET /api/v1/complaints/figures").roles(ADMIN, ANALYST, HANDLER).global().query("month", w -> "2026-11"),
            op("GET /api/v1/complaints/{complaintId}/comments").roles(ADMIN, ANALYST, HANDLER, AGENT, DEALER)
                    .path("complaintId", w -> w.complaint),
            op("POST /api/v1/complaints/{complaintId}/comments").roles(ADMIN, HANDLER, AGENT, DEALER)
                    .path("complaintId", w -> w.complaint).body(w -> Map.of("text", "经销商已安排备用车辆")),
            op("GET /api/v1/complaints/{complaintId}/comments/{id}").roles(ADMIN, ANALYST, HANDLER, AGENT, DEALER)
                    .path("complaintId", w -> w.complaint).path("id", w -> w.comment),
            op("GET /api/v1/complaints/{id}").roles(ADMIN, ANALYST, HANDLER, AGENT, DEALER)
                    .path("id", w -> w.complaint),
            op("PUT /api/v1/complaints/{id}/compensation").roles(ADMIN, HANDLER).path("id", w -> w.complaint)
                    .ifMatch("/api/v1/complaints/{id}")
                    .body(w -> Map.of("amount", "100.00", "currency", "CNY", "reason", "误工补偿")),
            op("PUT /api/v1/complaints/{id}/investigation").roles(ADMIN, HANDLER).path("id", w -> w.complaint)
                    .ifMatch("/api/v1/complaints/{id}").body(w -> investigation(w.departmentCode)),
            op("PUT /api/v1/complaints/{id}/second-satisfaction").roles(ADMIN, HANDLER, AGENT)
                    .path("id", w -> w.closedComplaint).ifMatch("/api/v1/complaints/{id}")
                    .body(w -> Map.of("satisfied", true, "note", "客户表示问题已解决")),
            op("POST /api/v1/complaints/{id}/transitions").roles(ADMIN, HANDLER).ok(200)
                    .path("id", w -> w.newComplaint()).body(w -> Map.of("to", "CONTACTED", "note", "已电话联系")),

            // ---- notifications: the call centre's, network-wide; provider webhooks are signed, never bearer ----
            op("POST /api/v1/notification-campaigns").roles(ADMIN, AGENT).global()
                    .body(w -> NotificationSamples.campaignBody()),
            op("GET /api/v1/notification-campaigns/{id}").roles(ADMIN, AGENT).global()
                    .path("id", w -> NotificationSamples.campaign()),
            op("GET /api/v1/notification-contacts/{contactId}").roles(ADMIN, AGENT).global().path("contactId", w -> w.contact),
            op("PUT /api/v1/notification-contacts/{contactId}").roles(ADMIN, AGENT).global()
                    .path("contactId", w -> w.newContact()).body(w -> Map.of("timeZone", "Asia/Shanghai")),
            op("GET /api/v1/notification-contacts/{contactId}/identities").roles(ADMIN, AGENT).global()
                    .path("contactId", w -> w.contact),
            op("POST /api/v1/notification-contacts/{contactId}/identities").roles(ADMIN, AGENT).global()
                    .path("contactId", w -> w.newContact()).body(w -> Map.of("channel", "SMS", "address", "+8613900001111")),
            op("GET /api/v1/notification-contacts/{contactId}/preferences").roles(ADMIN, AGENT).global()
                    .path("contactId", w -> w.contact),
            op("PUT /api/v1/notification-contacts/{contactId}/preferences").roles(ADMIN, AGENT).global()
                    .path("contactId", w -> w.contact).body(w -> Map.of("channel", "SMS", "topic", "*", "optedOut", false)),
            op("POST /api/v1/notification-templates").roles(ADMIN).global()
                    .body(w -> Map.of("topic", NotificationSamples.topic(), "channel", "PUSH", "locale", "zh-CN", "body", "{note}")),
            op("GET /api/v1/notification-templates/{id}").roles(ADMIN, AGENT).global().path("id", w -> NotificationSamples.template()),
            op("GET /api/v1/notification-topics").roles(ADMIN, AGENT).global(),
            op("GET /api/v1/notification-topics/{topic}").roles(ADMIN, AGENT).global().path("topic", w -> NotificationSamples.topic()),
            op("PUT /api/v1/notification-topics/{topic}").roles(ADMIN).global()
                    .path("topic", w -> TestData.unique("tenancy").toLowerCase()).body(w -> Map.of("channels", List.of("SMS"))),
            op("GET /api/v1/notification-topics/{topic}/templates").roles(ADMIN, AGENT).global()
                    .path("topic", w -> NotificationSamples.topic()),
            // a webhook ignores bearer tokens: without the provider's signature it is 401 for everyone
            op("POST /api/v1/notification-webhooks/sms/receipts").roles(EVERY_ROLE).global().ok(401).body(w -> List.of()),
            op("POST /api/v1/notification-webhooks/sms/replies").roles(EVERY_ROLE).global().ok(401).body(w -> List.of()),
            op("GET /api/v1/notifications").roles(ADMIN, AGENT).global(),
            op("GET /api/v1/notifications/figures").roles(ADMIN, ANALYST, AGENT).global()
                    .query("from", w -> "2026-12-01T00:00:00Z").query("to", w -> "2026-12-08T00:00:00Z"),
            op("GET /api/v1/notifications/{id}").roles(ADMIN, AGENT).global()
                    .path("id", w -> NotificationSamples.notification(w.customer)),

            // ---- weekly report distribution (network-wide; the mailed page link is signed, never bearer) ----
            op("GET /api/v1/report-subscriptions").roles(ADMIN, ANALYST).global(),
            op("POST /api/v1/report-subscriptions").roles(ADMIN).global()
                    .body(w -> Map.of("email", "qa@example.com", "name", "质量部", "audience", "ROLE", "role", "analyst")),
            op("DELETE /api/v1/report-subscriptions/{id}").roles(ADMIN).global().path("id", w -> NotificationSamples.subscription()),
            op("GET /api/v1/report-snapshots").roles(ADMIN, ANALYST).global(),
            op("GET /api/v1/report-snapshots/{id}").roles(ADMIN, ANALYST).global().path("id", w -> NotificationSamples.snapshot()),
            op("GET /api/v1/report-snapshots/{id}/csv").roles(ADMIN, ANALYST).global().path("id", w -> NotificationSamples.snapshot()),
            op("GET /api/v1/report-snapshots/{id}/page").roles(EVERY_ROLE).global().ok(401)
                    .path("id", w -> NotificationSamples.snapshot()),

            // ---- departments (network-wide) ----
            op("GET /api/v1/departments").roles(ADMIN, ANALYST, HANDLER).global(),
            op("POST /api/v1/departments").roles(ADMIN).global()
                    .body(w -> ComplaintFixtures.departmentBody(TestData.unique("QA").toUpperCase())),
            op("PUT /api/v1/departments/{id}").roles(ADMIN).global().path("id", w -> w.department).ifMatch()
                    .body(w -> ComplaintFixtures.departmentBody(w.departmentCode)),
            op("GET /api/v1/departments/{id}").roles(ADMIN, ANALYST, HANDLER).global().path("id", w -> w.department),
            op("DELETE /api/v1/departments/{id}").roles(ADMIN).global().path("id", w -> w.newDepartment()),

            // ---- customers: a dealer's own; a station's people those of their station's dealer ----
            op("GET /api/v1/customers").roles(ALL_BUT_VENDOR).query("dealerId", w -> w.dealer)
                    .listed(w -> w.customer),
            op("POST /api/v1/customers").roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .body(w -> customerBody(TestData.unique("C"), w.dealer))
                    .foreign(201), // the body's dealerId is ignored: tenant-bound callers create for their own
            op("GET /api/v1/customers/{customerId}/contacts").roles(ALL_BUT_VENDOR)
                    .path("customerId", w -> w.customer),
            op("POST /api/v1/customers/{customerId}/contacts").roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .path("customerId", w -> w.customer).body(w -> TenancyWorld.contactBody(false)),
            op("PUT /api/v1/customers/{customerId}/contacts/{id}").roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .path("customerId", w -> w.customer).path("id", w -> w.contact).ifMatch()
                    .body(w -> TenancyWorld.contactBody(true)),
            op("GET /api/v1/customers/{customerId}/contacts/{id}").roles(ALL_BUT_VENDOR)
                    .path("customerId", w -> w.customer).path("id", w -> w.contact),
            op("DELETE /api/v1/customers/{customerId}/contacts/{id}")
                    .roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .path("customerId", w -> w.customer).path("id", w -> w.newContact()),
            op("GET /api/v1/customers/{customerId}/equipment").roles(ALL_BUT_VENDOR)
                    .path("customerId", w -> w.customer),
            op("POST /api/v1/customers/{customerId}/equipment").roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .path("customerId", w -> w.customer)
                    .body(w -> TenancyWorld.equipmentBody(TenancyWorld.serial())),
            op("PUT /api/v1/customers/{customerId}/equipment/{id}")
                    .roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .path("customerId", w -> w.customer).path("id", w -> w.equipment).ifMatch()
                    .body(w -> TenancyWorld.equipmentBody(w.serialNumber)),
            op("GET /api/v1/customers/{customerId}/equipment/{id}").roles(ALL_BUT_VENDOR)
                    .path("customerId", w -> w.customer).path("id", w -> w.equipment),
            op("DELETE /api/v1/customers/{customerId}/equipment/{id}")
                    .roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .path("customerId", w -> w.customer).path("id", w -> w.newEquipment()),
            op("PUT /api/v1/customers/{id}").roles(ADMIN, AGENT, HANDLER, STATION_MANAGER, DEALER)
                    .path("id", w -> w.customer).ifMatch().body(w -> customerBody(w.customerCode, w.dealer)),
            op("POST /api/v1/customers/{customerId}/erasure").roles(ADMIN).global().ok(200)
                    .path("customerId", w -> w.newCustomer()).body(w -> Map.of("reason", "客户书面申请删除个人信息")),
            op("GET /api/v1/customers/{id}").roles(ALL_BUT_VENDOR).path("id", w -> w.customer),
            op("DELETE /api/v1/customers/{id}").roles(ADMIN, DEALER).path("id", w -> w.newCustomer()),

            // ---- dealer integration (dealer keys): the feed and the upsert know only the caller's dealer ----
            op("GET /api/v1/dealer/changes").roles(DEALER).global(), // no object in the request: the feed is the
                                                                     // caller's by construction (DealerChangeFeedTest)
            op("PUT /api/v1/dealer/repair-orders").roles(DEALER).body(TenancyMatrix::repairOrders)
                    .foreign(200) // answered per item: another dealer's station code is rejected
                    .answers("items[0].status", "CREATED", "REJECTED"),

            op("PUT /api/v1/dealer/warranty-claims").roles(DEALER).body(w -> w.warranty().bulk())
                    .foreign(200) // answered per item: another dealer's visit is rejected
                    .answers("items[0].status", "CREATED", "REJECTED"),

            // ---- maintenance: rules are the maker's (network-wide); due items and readings follow the machine's
            // dealer and the station that serviced or booked it ----
            op("POST /api/v1/maintenance/rules").roles(ADMIN).global()
                    .body(w -> MaintenanceTenant.ruleBody(TestData.unique("MS"))),
            op("GET /api/v1/maintenance/rules").roles(ADMIN, ANALYST, AGENT, DEALER, STATION_MANAGER, TECHNICIAN).global(),
            op("GET /api/v1/maintenance/rules/{id}").roles(ADMIN, ANALYST, AGENT, DEALER, STATION_MANAGER, TECHNICIAN)
                    .global().path("id", w -> w.maintenance().rule),
            op("PUT /api/v1/maintenance/rules/{id}").roles(ADMIN).global().path("id", w -> w.maintenance().rule).ifMatch()
                    .body(w -> MaintenanceTenant.ruleBody(w.maintenance().series)),
            op("GET /api/v1/maintenance/due").roles(ADMIN, ANALYST, AGENT, DEALER, STATION_MANAGER)
                    .query("stationId", w -> w.station).listed(w -> w.maintenance().dueItem),
            op("GET /api/v1/maintenance/due/{id}").roles(ADMIN, ANALYST, AGENT, DEALER, STATION_MANAGER)
                    .path("id", w -> w.maintenance().dueItem),
            op("POST /api/v1/maintenance/due/{id}/waive").roles(ADMIN, AGENT, DEALER, STATION_MANAGER).ok(200)
                    .path("id", w -> w.maintenance().newStationItem()).body(w -> Map.of("reason", "整机封存")),
            op("GET /api/v1/maintenance/equipment/{id}/readings")
                    .roles(ADMIN, ANALYST, AGENT, DEALER, STATION_MANAGER, TECHNICIAN).path("id", w -> w.maintenance().machine),
            op("POST /api/v1/maintenance/equipment/{id}/readings").roles(ADMIN, AGENT, DEALER, STATION_MANAGER, TECHNICIAN)
                    .path("id", w -> w.maintenance().machine).body(w -> w.maintenance().readingBody()),
            op("POST /api/v1/maintenance/forecast-runs").roles(ADMIN).global().ok(200),
            op("POST /api/v1/maintenance/reminder-runs").roles(ADMIN).global().ok(200),

            // ---- booking: a station its own calendar, a dealer its stations', the call centre any ----
            op("GET /api/v1/stations/{id}/maintenance-figures").roles(ADMIN, ANALYST, AGENT, DEALER, STATION_MANAGER)
                    .path("id", w -> w.station).query("month", w -> "2026-01"),
            op("GET /api/v1/stations/{id}/capacity").roles(ADMIN, AGENT, ANALYST, DEALER, STATION_MANAGER)
                    .path("id", w -> w.maintenance() == null ? null : w.station),
            op("PUT /api/v1/stations/{id}/capacity").roles(ADMIN, DEALER, STATION_MANAGER)
                    .path("id", w -> w.station).body(w -> MaintenanceTenant.capacity()),
            op("GET /api/v1/stations/{id}/free-slots").roles(ADMIN, AGENT, DEALER, STATION_MANAGER)
                    .path("id", w -> w.maintenance() == null ? null : w.station)
                    .query("from", w -> LocalDate.now().plusDays(7).toString())
                    .query("to", w -> LocalDate.now().plusDays(7).toString()),
            op("GET /api/v1/appointments").roles(ADMIN, AGENT, ANALYST, DEALER, STATION_MANAGER)
                    .query("stationId", w -> w.station).listed(w -> w.maintenance().appointment),
            op("POST /api/v1/appointments").roles(ADMIN, AGENT, DEALER, STATION_MANAGER)
                    .body(w -> w.maintenance().bookingBody(MaintenanceTenant.futureSlot()))
                    .foreign(400), // another tenant's station or machine is "no … with this id"
            op("GET /api/v1/appointments/free-slots").roles(ADMIN, AGENT, DEALER, STATION_MANAGER)
                    .query("latitude", w -> w.maintenance() == null ? null : w.latitude).query("longitude", w -> w.longitude)
                    .query("from", w -> LocalDate.now().plusDays(7).toString())
                    .query("to", w -> LocalDate.now().plusDays(7).toString())
                    .foreign(200) // around another tenant's point a tenant-bound caller finds none of its stations
                    .answers("items.size()", 50, 0),
            op("GET /api/v1/appointments/{id}").roles(ADMIN, AGENT, ANALYST, DEALER, STATION_MANAGER)
                    .path("id", w -> w.maintenance().appointment),
            op("POST /api/v1/appointments/{id}/cancel").roles(ADMIN, AGENT, DEALER, STATION_MANAGER).ok(200)
                    .path("id", w -> w.maintenance().newAppointment()).body(w -> Map.of("reason", "客户改期")),
            op("POST /api/v1/appointments/{id}/check-in").roles(ADMIN, STATION_MANAGER).ok(200)
                    .path("id", w -> w.maintenance().newAppointmentToday()),
            op("POST /api/v1/appointments/{id}/confirm").roles(ADMIN, AGENT, DEALER, STATION_MANAGER).ok(200)
                    .path("id", w -> w.maintenance().newHold()),
            op("POST /api/v1/appointments/{id}/no-show").roles(ADMIN, STATION_MANAGER)
                    .ok(409) // a future appointment cannot be a no-show yet: what is checked here is who may ask
                    .path("id", w -> w.maintenance().newAppointment()),
            op("POST /api/v1/appointments/{id}/reschedule").roles(ADMIN, AGENT, DEALER, STATION_MANAGER).ok(200)
                    .path("id", w -> w.maintenance().newAppointment())
                    .body(w -> Map.of("startsAt", MaintenanceTenant.futureSlot().toString())),

            // ---- warranty: stations and dealers file their own claims; warranty analysts decide ----
            op("GET /api/v1/warranty-claims").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .query("stationId", w -> w.station).listed(w -> w.warranty().claim),
            op("POST /api/v1/warranty-claims").roles(ADMIN, STATION_MANAGER, DEALER).body(w -> w.warranty().newClaimBody())
                    .foreign(400), // another tenant's visit is "no visit with this id at your stations"
            op("GET /api/v1/warranty-claims/{id}").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .path("id", w -> w.warranty().claim),
            op("PUT /api/v1/warranty-claims/{id}").roles(ADMIN, STATION_MANAGER, DEALER)
                    .path("id", w -> w.warranty().claim).ifMatch()
                    .body(w -> w.warranty().claimBody(w.warranty().claimNumber, "1.50")),
            op("POST /api/v1/warranty-claims/{id}/decisions").roles(ADMIN, WARRANTY_ANALYST).ok(200)
                    .path("id", w -> w.warranty().newClaimInReview()).ifMatch("/api/v1/warranty-claims/{id}")
                    .body(w -> Map.of("lines", List.of(Map.of("lineId", w.warranty().reviewLine, "decision", "APPROVED")))),
            op("POST /api/v1/warranty-claims/{id}/return").roles(ADMIN, WARRANTY_ANALYST).ok(200)
                    .path("id", w -> w.warranty().newClaimInReview()).ifMatch("/api/v1/warranty-claims/{id}")
                    .body(w -> Map.of("note", "请补充故障件照片")),
            op("POST /api/v1/warranty-claims/{id}/submit").roles(ADMIN, STATION_MANAGER, DEALER).ok(200)
                    .path("id", w -> w.warranty().newDraft()).ifMatch("/api/v1/warranty-claims/{id}"),
            op("GET /api/v1/warranty-claims/{id}/part-returns").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .path("returnId", w -> w.warranty().newReturn(1)).path("id", w -> w.warranty().returnClaim),
            op("POST /api/v1/warranty-claims/{id}/part-returns").roles(ADMIN, WARRANTY_ANALYST)
                    .path("id", w -> w.warranty().newPartClaim())
                    .body(w -> Map.of("lineId", w.warranty().partLine, "instruction", "SCRAP")),
            op("POST /api/v1/warranty-claims/{id}/part-returns/{returnId}/inspection").roles(ADMIN, WARRANTY_ANALYST).ok(200)
                    .path("returnId", w -> w.warranty().newReturn(3)).path("id", w -> w.warranty().returnClaim)
                    .body(w -> Map.of("finding", "CONFIRMED")),
            op("POST /api/v1/warranty-claims/{id}/part-returns/{returnId}/receipt").roles(ADMIN, WARRANTY_ANALYST).ok(200)
                    .path("returnId", w -> w.warranty().newReturn(2)).path("id", w -> w.warranty().returnClaim),
            op("POST /api/v1/warranty-claims/{id}/part-returns/{returnId}/shipment").roles(ADMIN, STATION_MANAGER, DEALER)
                    .ok(200).path("returnId", w -> w.warranty().newReturn(1)).path("id", w -> w.warranty().returnClaim)
                    .body(w -> Map.of("carrier", "顺丰速运", "trackingNumber", "SF1402345678901")),
            // settlement: the run is network-wide (a month with nothing of the tenants' settles nothing new);
            // a station or dealer reads only its own batches
            op("GET /api/v1/warranty/settlements").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    // the batch is made before the first list call (the query is resolved before the request)
                    .query("stationId", w -> w.warranty().settledStation()).listed(w -> w.warranty().settlement()),
            op("POST /api/v1/warranty/settlements").roles(ADMIN, WARRANTY_ANALYST).global().ok(200)
                    .query("month", w -> "2001-01"),
            op("GET /api/v1/warranty/settlements/{id}").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .path("id", w -> w.warranty().settlement()),
            op("GET /api/v1/warranty/settlements/{id}/csv").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .path("id", w -> w.warranty().settlement()),
            op("POST /api/v1/warranty/settlements/{id}/paid").roles(ADMIN, WARRANTY_ANALYST).ok(200)
                    .path("id", w -> w.warranty().newSettlement()).body(w -> Map.of("paymentReference", "ICBC-1")),
            // figures: network-wide for admins and analysts; a dealer's answer is confined to its own stations and
            // machines (WarrantyFiguresTest checks that with figures of its own)
            op("GET /api/v1/warranty/figures/claims").roles(ADMIN, ANALYST, WARRANTY_ANALYST, DEALER).global()
                    .query("from", w -> "2026-01").query("to", w -> "2026-12"),
            op("GET /api/v1/warranty/figures/failure-causes").roles(ADMIN, ANALYST, WARRANTY_ANALYST, DEALER).global()
                    .query("from", w -> "2026-01").query("to", w -> "2026-12"),
            op("GET /api/v1/warranty/figures/failure-rates").roles(ADMIN, ANALYST, WARRANTY_ANALYST, DEALER).global()
                    .query("from", w -> "2020-01").query("to", w -> "2020-12"),
            op("GET /api/v1/warranty/figures/lead-times").roles(ADMIN, ANALYST, WARRANTY_ANALYST, DEALER).global()
                    .query("from", w -> "2026-01").query("to", w -> "2026-12"),
            op("GET /api/v1/warranty/figures/top-parts").roles(ADMIN, ANALYST, WARRANTY_ANALYST, DEALER).global()
                    .query("from", w -> "2026-01").query("to", w -> "2026-12"),
            op("GET /api/v1/warranty/claim-types").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER).global(),
            op("GET /api/v1/warranty/claim-types/{id}").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER).global()
                    .path("id", w -> w.warranty().claimTypeId),
            op("PUT /api/v1/warranty/claim-types/{id}").roles(ADMIN).global().path("id", w -> w.warranty().claimTypeId)
                    .ifMatch().body(w -> WarrantyTenant.claimTypeBody(w.warranty().claimType)),
            op("DELETE /api/v1/warranty/claim-types/{id}").roles(ADMIN).global().path("id", w -> w.warranty().newClaimType()),
            op("POST /api/v1/warranty/claim-types").roles(ADMIN).global()
                    .body(w -> Map.of("code", TestData.unique("GW"), "kind", "GOODWILL", "name", "善意保修")),
            op("GET /api/v1/warranty/labour-rates").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .query("stationId", w -> w.station).listed(w -> w.warranty().labourRate),
            op("GET /api/v1/warranty/labour-rates/{id}").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .path("id", w -> w.warranty().labourRate),
            op("PUT /api/v1/warranty/labour-rates/{id}").roles(ADMIN).global().path("id", w -> w.warranty().labourRate)
                    .ifMatch().body(w -> w.warranty().labourRateBody()),
            op("DELETE /api/v1/warranty/labour-rates/{id}").roles(ADMIN).global().path("id", w -> w.warranty().newLabourRate()),
            op("POST /api/v1/warranty/labour-rates").roles(ADMIN).global()
                    .body(w -> Map.of("stationId", w.station.toString(), "validFrom", WarrantyTenant.newRateDay(),
                            "hourlyRate", "150.00", "currency", "CNY")),
            op("GET /api/v1/warranty/operation-codes").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER).global(),
            op("GET /api/v1/warranty/operation-codes/{id}").roles(ADMIN, WARRANTY_ANALYST, STATION_MANAGER, DEALER)
                    .global().path("id", w -> w.warranty().operationCodeId),
            op("PUT /api/v1/warranty/operation-codes/{id}").roles(ADMIN).global()
                    .path("id", w -> w.warranty().operationCodeId).ifMatch()
                    .body(w -> WarrantyTenant.operationCodeBody(w.warranty().operationCode)),
            op("DELETE /api/v1/warranty/operation-codes/{id}").roles(ADMIN).global()
                    .path("id", w -> w.warranty().newOperationCode()),
            op("POST /api/v1/warranty/operation-codes").roles(ADMIN).global()
                    .body(w -> Map.of("code", TestData.unique("OP"), "productSeries", "YC6K", "description", "更换节温器",
                            "standardHours", "1.00")),

            // ---- dispatch: a station manager dispatches its own station's visits; a technician answers its own ----
            op("GET /api/v1/technicians/{id}/capabilities").roles(ADMIN, STATION_MANAGER, TECHNICIAN)
                    .path("id", w -> w.technician),
            op("PUT /api/v1/technicians/{id}/capabilities").roles(ADMIN, STATION_MANAGER).ok(200)
                    .path("id", w -> w.newTechnician()).body(w -> Map.of("dailyCap", 5)),
            op("GET /api/v1/visits/{id}/dispatch-candidates").roles(ADMIN, STATION_MANAGER).path("id", w -> w.newVisit()),
            op("GET /api/v1/visits/{id}/dispatch-details").roles(ADMIN, STATION_MANAGER).path("id", w -> w.visit),
            op("PUT /api/v1/visits/{id}/dispatch-details").roles(ADMIN, STATION_MANAGER).ok(200)
                    .path("id", w -> w.newVisit()).body(w -> Map.of("windowStart", Instant.now().toString(),
                            "windowEnd", Instant.now().plusSeconds(7200).toString(), "durationMinutes", 45)),
            op("POST /api/v1/visits/{id}/assignments").roles(ADMIN, STATION_MANAGER).path("id", w -> w.newVisit())
                    .body(w -> Map.of("technicianId", w.dispatch() == null ? "" : w.technician.toString())),
            op("GET /api/v1/visits/{id}/assignments").roles(ADMIN, STATION_MANAGER).path("id", w -> w.visit),
            op("POST /api/v1/assignments/{id}/confirm").roles(ADMIN, STATION_MANAGER).ok(200)
                    .path("id", w -> w.dispatch().newProposal()),
            op("POST /api/v1/assignments/{id}/withdraw").roles(ADMIN, STATION_MANAGER).ok(200)
                    .path("id", w -> w.dispatch().newAssignment()),
            op("GET /api/v1/me/assignments").roles(TECHNICIAN).global(),
            op("POST /api/v1/me/assignments/{id}/events").roles(TECHNICIAN).path("id", w -> w.dispatch().newAssignment())
                    .body(w -> Map.of("id", UuidV7.next().toString(), "type", "ACCEPTED",
                            "occurredAt", Instant.now().minusSeconds(5).toString())),
            op("GET /api/v1/stations/{id}/dispatch-queue").roles(ADMIN, STATION_MANAGER).path("id", w -> w.station),
            op("GET /api/v1/stations/{id}/arrival-figures").roles(ADMIN, STATION_MANAGER, ANALYST)
                    .path("id", w -> w.station).query("month", w -> "2026-01"),
            op("POST /api/v1/stations/{id}/day-plans").roles(ADMIN, STATION_MANAGER).ok(202).path("id", w -> w.station)
                    .body(w -> Map.of("date", DispatchTenant.tomorrow())),
            op("GET /api/v1/day-plans/{id}").roles(ADMIN, STATION_MANAGER).path("id", w -> w.dispatch().plan),
            // ---- engineering feedback: the manufacturer's design changes, network-wide ----
            op("GET /api/v1/design-changes").roles(ADMIN, ANALYST, WARRANTY_ANALYST, HANDLER).global(),
            op("POST /api/v1/design-changes").roles(ADMIN, WARRANTY_ANALYST).global().body(TenancyMatrix::designChangeBody),
            op("GET /api/v1/design-changes/{id}").roles(ADMIN, ANALYST, WARRANTY_ANALYST, HANDLER).global()
                    .path("id", TenancyMatrix::newDesignChange),
            op("GET /api/v1/design-changes/{id}/figures").roles(ADMIN, ANALYST, WARRANTY_ANALYST, HANDLER).global()
                    .path("id", TenancyMatrix::newDesignChange),

            // ---- dealers: a dealer sees itself ----
            op("GET /api/v1/dealers").roles(ADMIN, ANALYST, AGENT, HANDLER, DEALER).query("limit", w -> 500)
                    .listed(w -> w.dealer),
            op("POST /api/v1/dealers").roles(ADMIN).global()
                    .body(w -> Map.of("code", TestData.unique("DLR"), "name", "经销商")),
            op("PUT /api/v1/dealers/{id}").roles(ADMIN).global().path("id", w -> w.dealer).ifMatch()
                    .body(w -> Map.of("code", w.dealerCode, "name", w.name + " 经销商", "mayCreateCustomers", true)),
            op("GET /api/v1/dealers/{id}").roles(ADMIN, ANALYST, AGENT, HANDLER, DEALER).path("id", w -> w.dealer),
            op("DELETE /api/v1/dealers/{id}").roles(ADMIN).global().path("id", w -> w.newDealer()),

            // ---- follow-up calls: call-centre roles only, all network-wide ----
            op("GET /api/v1/followups").roles(ADMIN, ANALYST, AGENT, HANDLER).global()
                    .query("customerId", w -> w.customer),
            op("POST /api/v1/followups").roles(ADMIN, AGENT).global()
                    .body(w -> Map.of("customerId", w.customer.toString(), "dueAt",
                            Instant.now().plusSeconds(300L * 86400).toString())),
            op("GET /api/v1/followups/agents").roles(ADMIN).global(),
            op("PUT /api/v1/followups/agents/{agentId}").roles(ADMIN).global().ok(201) // a new agent each call
                    .path("agentId", w -> TestData.unique("agent"))
                    .body(w -> Map.of("name", "张丽", "productLines", List.of("YC6K"))),
            op("GET /api/v1/followups/agents/{agentId}").roles(ADMIN).global().path("agentId", w -> w.agentId),
            op("GET /api/v1/followups/escalations").roles(ADMIN, HANDLER, ANALYST).global()
                    .query("customerId", w -> w.customer),
            op("GET /api/v1/followups/escalations/{id}").roles(ADMIN, HANDLER, ANALYST).global()
                    .path("id", w -> w.escalation),
            op("POST /api/v1/followups/next").roles(AGENT).global().ok(200, 204),
            op("GET /api/v1/followups/questionnaires").roles(ADMIN, ANALYST, AGENT, HANDLER).global(),
            op("POST /api/v1/followups/questionnaires").roles(ADMIN).global()
                    .body(w -> TenancyMatrixTest.currentQuestionnaireAsRequest()),
            op("GET /api/v1/followups/questionnaires/current").roles(ADMIN, ANALYST, AGENT, HANDLER).global(),
            op("GET /api/v1/followups/questionnaires/{id}").roles(ADMIN, ANALYST, AGENT, HANDLER).global()
                    .path("id", w -> TenancyWorld.QUESTIONNAIRE_V1),
            op("GET /api/v1/followups/samples").roles(ADMIN, ANALYST, AGENT).global(),
            // sampling is off in the test profile: 409 says so, after the role check (SamplingTest draws)
            op("POST /api/v1/followups/samples").roles(ADMIN).global().ok(409)
                    .body(w -> Map.of("date", TenancyWorld.newSampleDate().toString(), "size", 1)),
            op("GET /api/v1/followups/samples/{date}").roles(ADMIN, ANALYST, AGENT).global()
                    .path("date", w -> w.sampleDate),
            op("GET /api/v1/followups/{id}").roles(ADMIN, ANALYST, AGENT, HANDLER).global()
                    .path("id", w -> w.followUp),
            op("POST /api/v1/followups/{id}/attempts").roles(AGENT, ADMIN).global().path("id", w -> w.newFollowUp())
                    .body(w -> Map.of("outcome", "NO_ANSWER", "durationSeconds", 20)),
            op("POST /api/v1/followups/{id}/screening/clear").roles(ADMIN, ANALYST).global().ok(200)
                    .path("id", w -> w.newPerfunctoryCall()).body(w -> Map.of("reason", "录音抽查属实")),

            // ---- provinces and regions: reference data every signed-in role reads; admins keep it ----
            op("GET /api/v1/provinces").roles(EVERY_ROLE).global(),
            op("POST /api/v1/provinces").roles(ADMIN).global()
                    .body(w -> TenancyWorld.provinceBody((String) w.regionBody.get("code"))),
            op("DELETE /api/v1/provinces/{id}").roles(ADMIN).global().path("id", w -> w.newProvince()),
            op("GET /api/v1/provinces/{id}").roles(EVERY_ROLE).global().path("id", w -> w.province),
            op("PUT /api/v1/provinces/{id}").roles(ADMIN).global().path("id", w -> w.province).ifMatch()
                    .body(w -> w.provinceBody),
            op("GET /api/v1/regions").roles(EVERY_ROLE).global(),
            op("POST /api/v1/regions").roles(ADMIN).global().body(w -> TenancyWorld.regionBody()),
            op("DELETE /api/v1/regions/{id}").roles(ADMIN).global().path("id", w -> w.newRegion()),
            op("GET /api/v1/regions/{id}").roles(EVERY_ROLE).global().path("id", w -> w.region),
            op("PUT /api/v1/regions/{id}").roles(ADMIN).global().path("id", w -> w.region).ifMatch()
                    .body(w -> w.regionBody),

            // ---- the technician's own feed: visits the technician works on ----
            op("GET /api/v1/me/visits").roles(TECHNICIAN).listed(w -> w.visit),

            // ---- stations: a dealer's own, a station's people their own ----
            op("GET /api/v1/stations").roles(ALL_BUT_VENDOR).query("dealerId", w -> w.dealer)
                    .listed(w -> w.station),
            op("POST /api/v1/stations").roles(ADMIN, DEALER)
                    .body(w -> TestData.station(w.dealer, w.latitude, w.longitude))
                    .foreign(201), // the body's dealerId is ignored: a dealer creates stations for itself
            op("GET /api/v1/stations/nearest").roles(ALL_BUT_VENDOR).query("latitude", w -> w.latitude)
                    .query("longitude", w -> w.longitude).query("radiusKm", w -> 1)
                    .listed("items.station.id", w -> w.station),
            op("PUT /api/v1/stations/{id}").roles(ADMIN, DEALER, STATION_MANAGER).path("id", w -> w.station).ifMatch()
                    .body(w -> stationBody(w)),
            op("GET /api/v1/stations/{id}").roles(ALL_BUT_VENDOR).path("id", w -> w.station),
            op("DELETE /api/v1/stations/{id}").roles(ADMIN, DEALER).path("id", w -> w.newStation()),

            // ---- technicians: those of the caller's stations ----
            op("GET /api/v1/technicians").roles(ALL_BUT_VENDOR).query("stationId", w -> w.station)
                    .listed(w -> w.technician),
            op("POST /api/v1/technicians").roles(ADMIN, DEALER, STATION_MANAGER).body(TenancyWorld::technicianBody)
                    .foreign(400), // another tenant's station is "no station with this id"
            op("PUT /api/v1/technicians/{id}").roles(ADMIN, DEALER, STATION_MANAGER).path("id", w -> w.technician)
                    .ifMatch().body(TenancyWorld::technicianBody),
            op("GET /api/v1/technicians/{id}").roles(ALL_BUT_VENDOR).path("id", w -> w.technician),
            op("DELETE /api/v1/technicians/{id}").roles(ADMIN, DEALER, STATION_MANAGER)
                    .path("id", w -> w.newTechnician()),

            // ---- insights: analysts and admins all figures; a dealer those of its own stations ----
            op("GET /api/v1/insights/five-dimensions").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .query("from", w -> "2026-11-01").query("to", w -> "2026-11-30").query("groupBy", w -> "station"),
            op("GET /api/v1/insights/satisfaction-index").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .query("from", w -> "2026-09-01").query("to", w -> "2026-11-30"),
            op("GET /api/v1/insights/complaints").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .query("from", w -> "2026-11-01").query("to", w -> "2026-11-30"),
            op("GET /api/v1/insights/grade-scores").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .query("from", w -> "2026-09-01").query("to", w -> "2026-11-30"),
            op("GET /api/v1/insights/weekly-reports/{week}").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .path("week", w -> "2026-W48"),
            op("GET /api/v1/insights/weekly-reports/{week}/csv").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .path("week", w -> "2026-W48"),
            op("GET /api/v1/insights/weekly-reports/{week}/radar.svg").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .path("week", w -> "2026-W48"),
            op("GET /api/v1/insights/weekly-reports/{week}/pareto.svg").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .path("week", w -> "2026-W48"),
            op("GET /api/v1/insights/weekly-reports/{week}/page").roles(ADMIN, ANALYST, DEALER).query("stationId", w -> w.station)
                    .path("week", w -> "2026-W48"),

            // ---- survey uploads: a vendor sees its own batches; analysts and admins all ----
            op("GET /api/v1/survey-batches").roles(ADMIN, ANALYST, VENDOR).query("vendorId", w -> w.vendor)
                    .listed(w -> w.surveyBatch),
            op("POST /api/v1/survey-batches").roles(VENDOR).global().ok(202) // rows may name any customer
                    .query("batchId", w -> TestData.unique("B")).query("questionnaireVersion", w -> 1)
                    .contentType("application/json").body(TenancyWorld::surveyRows),
            op("POST /api/v1/survey-batches/json").roles(VENDOR).global().ok(202) // the JSON upload as its own operation
                    .query("batchId", w -> TestData.unique("B")).query("questionnaireVersion", w -> 1)
                    .contentType("application/json").body(TenancyWorld::surveyRows),
            op("GET /api/v1/survey-batches/{id}").roles(ADMIN, ANALYST, VENDOR).path("id", w -> w.surveyBatch),
            op("GET /api/v1/survey-batches/{id}/rejections").roles(ADMIN, ANALYST, VENDOR)
                    .path("id", w -> w.surveyBatch),
            op("GET /api/v1/survey-batches/{id}/rejections.csv").roles(ADMIN, ANALYST, VENDOR)
                    .path("id", w -> w.surveyBatch),

            // ---- survey vendors: a vendor sees itself ----
            op("GET /api/v1/vendors").roles(ADMIN, ANALYST, VENDOR).listed(w -> w.vendor),
            op("POST /api/v1/vendors").roles(ADMIN).global()
                    .body(w -> Map.of("code", TestData.unique("VND"), "name", "调研公司")),
            op("PUT /api/v1/vendors/{id}").roles(ADMIN).global().path("id", w -> w.vendor).ifMatch()
                    .body(w -> Map.of("code", w.vendorCode, "name", w.name + " 调研公司")),
            op("GET /api/v1/vendors/{id}").roles(ADMIN, ANALYST, VENDOR).path("id", w -> w.vendor),
            op("DELETE /api/v1/vendors/{id}").roles(ADMIN).global().path("id", w -> w.newVendor()),

            // ---- visits: those of the caller's dealer or station ----
            op("GET /api/v1/visits").roles(ALL_BUT_VENDOR).query("stationId", w -> w.station).listed(w -> w.visit),
            // resending the stored visit unchanged (a phone's retry): 200 for its own, 404 for another's
            op("PUT /api/v1/visits/{id}").roles(ADMIN, STATION_MANAGER, TECHNICIAN, DEALER).ok(200)
                    .path("id", w -> w.visit).body(w -> w.visitBody),
            op("GET /api/v1/visits/{id}").roles(ALL_BUT_VENDOR).path("id", w -> w.visit),
            op("POST /api/v1/visits/{id}/attachments").roles(ADMIN, STATION_MANAGER, TECHNICIAN)
                    .path("id", w -> w.visit).query("kind", w -> "PHOTO").contentType("image/png")
                    .body(w -> TenancyWorld.PNG),
            op("GET /api/v1/visits/{id}/attachments").roles(ALL_BUT_VENDOR).path("id", w -> w.visit),
            op("GET /api/v1/visits/{id}/attachments/{attachmentId}").roles(ALL_BUT_VENDOR)
                    .path("id", w -> w.visit).path("attachmentId", w -> w.attachment),
            op("POST /api/v1/visits/{id}/cancel").roles(ADMIN, STATION_MANAGER, DEALER).ok(200)
                    .path("id", w -> w.newVisit()).body(w -> Map.of("reason", "客户已自行修复")),
            op("POST /api/v1/visits/{id}/dispatch").roles(ADMIN, STATION_MANAGER, DEALER).ok(200)
                    .path("id", w -> w.newVisit())
                    .body(w -> Map.of("technicianIds", List.of(w.technician.toString()))),
            op("GET /api/v1/visits/{id}/events").roles(ALL_BUT_VENDOR).path("id", w -> w.visit),
            op("POST /api/v1/visits/{id}/events").roles(ADMIN, STATION_MANAGER, TECHNICIAN).path("id", w -> w.visit)
                    .body(w -> Map.of("id", UuidV7.next().toString(), "type", "NOTE", "occurredAt",
                            Instant.now().minusSeconds(60).toString(), "note", "客户在场"))
    );

    private TenancyMatrix() {
    }

    static Op op(String operation) {
        return new Op(operation);
    }

    // ---- bodies that need more than one line ----

    static Map<String, Object> customerBody(String code, UUID dealerId) {
        Map<String, Object> body = new HashMap<>(TestData.customer());
        body.put("code", code);
        body.put("dealerId", dealerId.toString());
        return body;
    }

    static Map<String, Object> stationBody(TenancyWorld w) {
        Map<String, Object> body = new HashMap<>(TestData.station(w.dealer, w.latitude, w.longitude));
        body.put("code", w.stationCode);
        return body;
    }

    static Map<String, Object> investigation(String departmentCode) {
        String due = LocalDate.now().plusDays(30).toString();
        return Map.of("rootCause", "喷油器密封圈老化", "departmentCode", departmentCode, "faultOrigin", "IN_HOUSE",
                "temporaryCountermeasure", Map.of("action", "更换喷油器", "owner", "王建国", "dueDate", due),
                "permanentCountermeasure", Map.of("action", "更换密封圈材料", "owner", "李敏", "dueDate", due));
    }

    /** A design change of the world's machine's series, from that machine's serial on. */
    static Map<String, Object> designChangeBody(TenancyWorld w) {
        return Map.of("changeNumber", TestData.unique("ECN"), "productSeries", "YC6K", "appliesFromSerial",
                w.serialNumber);
    }

    static String newDesignChange(TenancyWorld w) {
        return io.fieldback.support.Tokens.admin().body(designChangeBody(w)).post("/api/v1/design-changes").then()
                .statusCode(201).extract().path("id");
    }

    /** One new repair order of this tenant's station and customer (by their codes, as a DMS sends them). */
    static Map<String, Object> repairOrders(TenancyWorld w) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("repairOrderNumber", TestData.unique("RO"));
        order.put("updatedAt", Instant.now().minusSeconds(60).toString());
        order.put("stationCode", w.stationCode);
        order.put("customer", Map.of("code", w.customerCode, "name", "江苏宏运物流有限公司", "relationship", "END_USER",
                "importance", "KEY", "region", "EAST", "province", "江苏"));
        order.put("type", "PAID_REPAIR");
        order.put("status", "REQUESTED");
        order.put("requestedAt", Instant.now().minusSeconds(3600).toString());
        order.put("faultReported", "水温过高");
        return Map.of("items", List.of(order));
    }

    /** One operation of the contract and what every caller gets from it. */
    static final class Op {

        final String method;
        final String path;
        final Set<String> roles = new LinkedHashSet<>();
        final Map<String, Function<TenancyWorld, Object>> pathParams = new LinkedHashMap<>();
        final Map<String, Function<TenancyWorld, Object>> queryParams = new LinkedHashMap<>();
        Function<TenancyWorld, Object> body;
        String contentType = "application/json";
        String ifMatchFrom;
        Set<Integer> ok;
        int foreign = 404;
        boolean global;
        String listPath = "items.id";
        Function<TenancyWorld, Object> listed;
        String answerPath;
        Object ownAnswer;
        Object foreignAnswer;

        Op(String operation) {
            String[] parts = operation.split(" ", 2);
            this.method = parts[0];
            this.path = parts[1];
            this.ok = Set.of(switch (method) {
                case "POST" -> 201;
                case "DELETE" -> 204;
                default -> 200;
            });
        }

        String key() {
            return method + " " + path;
        }

        Op roles(String... allowed) {
            roles.addAll(List.of(allowed));
            return this;
        }

        Op path(String name, Function<TenancyWorld, Object> value) {
            pathParams.put(name, value);
            return this;
        }

        Op query(String name, Function<TenancyWorld, Object> value) {
            queryParams.put(name, value);
            return this;
        }

        Op body(Function<TenancyWorld, Object> value) {
            body = value;
            return this;
        }

        Op contentType(String type) {
            contentType = type;
            return this;
        }

        Op ifMatch() {
            return ifMatch(path);
        }

        Op ifMatch(String readPath) {
            ifMatchFrom = readPath;
            return this;
        }

        Op ok(Integer... statuses) {
            ok = Set.of(statuses);
            return this;
        }

        Op foreign(int status) {
            foreign = status;
            return this;
        }

        Op global() {
            global = true;
            return this;
        }

        Op listed(Function<TenancyWorld, Object> id) {
            return listed("items.id", id);
        }

        /** A list: a tenant-bound caller gets 200 both times, listing its own record and not the other's. */
        Op listed(String jsonPath, Function<TenancyWorld, Object> id) {
            listPath = jsonPath;
            listed = id;
            foreign = 200;
            return this;
        }

        Op answers(String jsonPath, Object own, Object other) {
            answerPath = jsonPath;
            ownAnswer = own;
            foreignAnswer = other;
            return this;
        }

        /** What a role gets: 401/403 before anything else, then by tenancy. */
        Set<Integer> expected(String role, boolean own) {
            if (role == null) {
                return Set.of(401);
            }
            if (!roles.contains(role)) {
                return Set.of(403);
            }
            if (own || global || !TENANT_BOUND.contains(role)) {
                return ok;
            }
            return Set.of(foreign);
        }
    }
}
