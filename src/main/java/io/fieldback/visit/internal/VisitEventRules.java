package io.fieldback.visit.internal;

import java.time.Duration;
import java.time.Instant;

import io.fieldback.common.ApiException;
import io.fieldback.visit.VisitEventRequest;

/** What an event from a phone must carry, by type, before it goes on the timeline. */
public final class VisitEventRules {

    private VisitEventRules() {
    }

    public static void validate(Visit visit, VisitEventRequest request, Instant now, Duration clockTolerance) {
        if (request.occurredAt().isAfter(now.plus(clockTolerance))) {
            throw ApiException.badRequest("occurredAt", "is in the future (beyond " + clockTolerance
                    .toMinutes() + " minutes of the server's clock)");
        }
        requireFieldsOfType(visit, request);
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ApiException.badRequest(request.latitude() == null ? "latitude" : "longitude",
                    "a position needs both latitude and longitude");
        }
    }

    private static void requireFieldsOfType(Visit visit, VisitEventRequest request) {
        switch (request.type()) {
            case DISPATCHED -> throw ApiException.badRequest("type",
                    "DISPATCHED is set by the back office: POST /api/v1/visits/{id}/dispatch");
            case COMPLETED -> require(request.outcome(), "outcome", "a completed visit needs its outcome");
            case CANCELLED -> require(request.note(), "note", "give the reason for the cancellation");
            case DIAGNOSED -> require(request.note(), "note", "give the diagnosis");
            case NOTE -> require(request.note(), "note", "a note needs text");
            case PART_USED -> {
                require(request.partNumber(), "partNumber", "a used part needs its part number");
                require(request.quantity(), "quantity", "a used part needs its quantity");
                require(request.billing(), "billing", "say whether the part is WARRANTY or PAID");
            }
            case PHOTO_ADDED -> {
                require(request.attachmentId(), "attachmentId", "name the uploaded attachment");
                if (VisitAttachment.count("id = ?1 and visitId = ?2", request.attachmentId(), visit.id) == 0) {
                    throw ApiException.badRequest("attachmentId", "no attachment with this id on this visit");
                }
            }
            case ARRIVED -> {
            }
        }
    }

    private static void require(Object value, String field, String message) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ApiException.badRequest(field, message);
        }
    }
}
