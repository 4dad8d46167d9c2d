package io.fieldback.clock.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.clock.ClockView;
import io.fieldback.clock.Clocks;
import io.fieldback.common.InsertText;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.quarkus.hibernate.orm.panache.Panache;

@ApplicationScoped
class ClockService implements Clocks {

    private static final int CHUNK = 1000;

    private final TimeSource time;
    private final ClockEscalationJob job;

    ClockService(TimeSource time, ClockEscalationJob job) {
        this.time = time;
        this.job = job;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(String subjectType, UUID subjectId, String kind, Instant dueAt) {
        DeadlineClock clock = find(subjectType, subjectId, kind, false);
        if (clock == null) {
            DeadlineClock.started(subjectType, subjectId, kind, dueAt).persist();
        } else {
            clock.restart(dueAt);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(String subjectType, UUID subjectId, Map<String, Instant> dueAtByKind) {
        insert(subjectType, dueAtByKind.entrySet().stream()
                .map(e -> new NewClock(subjectId, e.getKey(), e.getValue())).toList(), null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(String subjectType, UUID subjectId, String kind, Instant at) {
        DeadlineClock clock = find(subjectType, subjectId, kind, true);
        if (clock != null) {
            clock.stop(at);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(String subjectType, UUID subjectId, String kind, Instant dueAt) {
        DeadlineClock clock = find(subjectType, subjectId, kind, true);
        if (clock != null) {
            clock.follow(dueAt, time.now());
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void startAll(String subjectType, String kind, Map<UUID, Instant> dueAtBySubject) {
        Map<UUID, DeadlineClock> existing = findAll(subjectType, kind, dueAtBySubject.keySet(), false);
        dueAtBySubject.forEach((subjectId, dueAt) -> {
            DeadlineClock clock = existing.get(subjectId);
            if (clock == null) {
                DeadlineClock.started(subjectType, subjectId, kind, dueAt).persist();
            } else {
                clock.restart(dueAt);
            }
        });
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void startNew(String subjectType, String kind, Map<UUID, Instant> dueAtBySubject, Instant stoppedAt) {
        insert(subjectType, dueAtBySubject.entrySet().stream()
                .map(e -> new NewClock(e.getKey(), kind, e.getValue())).toList(), stoppedAt);
    }

    /** A clock for a subject that has none of its kind yet. */
    private record NewClock(UUID subjectId, String kind, Instant dueAt) {
    }

    /**
     * Writes new clocks as multi-row statements of literals ({@link InsertText}) without reading first (the subjects
     * are new), each running from its due time and, when {@code stoppedAt} is not null, stopped then; the entity's
     * own rules set the columns.
     */
    private static void insert(String subjectType, List<NewClock> clocks, Instant stoppedAt) {
        InsertText.insert("INSERT INTO deadline_clocks (id, subject_type, subject_id, kind, due_at, stopped_at, "
                + "breached_at, escalate_at) VALUES ", clocks, (values, n) -> {
                    DeadlineClock c = new DeadlineClock();
                    c.restart(n.dueAt());
                    if (stoppedAt != null) {
                        c.stop(stoppedAt);
                    }
                    values.add(UuidV7.next(), subjectType, n.subjectId(), n.kind(), c.dueAt, c.stoppedAt, c.breachedAt,
                            c.escalateAt);
                });
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void stopAll(String subjectType, String kind, Collection<UUID> subjectIds, Instant at) {
        findAll(subjectType, kind, subjectIds, true).values().forEach(c -> c.stop(at));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void followAll(String subjectType, String kind, Map<UUID, Instant> dueAtBySubject) {
        Instant now = time.now();
        findAll(subjectType, kind, dueAtBySubject.keySet(), true)
                .forEach((subjectId, c) -> c.follow(dueAtBySubject.get(subjectId), now));
    }

    @Override
    @Transactional
    public Optional<ClockView> find(String subjectType, UUID subjectId, String kind) {
        return Optional.ofNullable(find(subjectType, subjectId, kind, false)).map(c -> c.view(time.now()));
    }

    @Override
    @Transactional
    public List<ClockView> of(String subjectType, UUID subjectId) {
        Instant now = time.now();
        return DeadlineClock.<DeadlineClock>list("subjectType = ?1 and subjectId = ?2 order by kind",
                subjectType, subjectId).stream().map(c -> c.view(now)).toList();
    }

    @Override
    @Transactional
    public Map<UUID, List<ClockView>> ofAll(String subjectType, Collection<UUID> subjectIds) {
        Map<UUID, List<ClockView>> bySubject = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) {
            return bySubject;
        }
        Instant now = time.now();
        DeadlineClock.<DeadlineClock>list("subjectType = ?1 and subjectId in ?2 order by kind", subjectType,
                subjectIds).forEach(c -> bySubject.computeIfAbsent(c.subjectId, id -> new ArrayList<>())
                        .add(c.view(now)));
        return bySubject;
    }

    @Override
    public int escalateBreaches() {
        return job.escalateBreaches();
    }

    /** The clocks of many subjects by subject, a query (and a lock when they are to change) per thousand. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, DeadlineClock> findAll(String subjectType, String kind, Collection<UUID> subjectIds,
            boolean forUpdate) {
        Map<UUID, DeadlineClock> bySubject = new java.util.HashMap<>();
        List<UUID> ids = List.copyOf(subjectIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            if (forUpdate) {
                Panache.getEntityManager().createNativeQuery("SELECT id FROM deadline_clocks WHERE subject_type = ?1 "
                        + "AND kind = ?2 AND subject_id IN (?3) FOR UPDATE").setParameter(1, subjectType)
                        .setParameter(2, kind).setParameter(3, chunk).getResultList();
            }
            DeadlineClock.<DeadlineClock>list("subjectType = ?1 and kind = ?2 and subjectId in ?3", subjectType, kind,
                    chunk).forEach(c -> bySubject.put(c.subjectId, c));
        }
        return bySubject;
    }

    /**
     * Locks the row when it is about to change, so a stop and the job's breach mark never interleave (in
     * SQL both MySQL and MariaDB accept: see RowLocks).
     */
    private static DeadlineClock find(String subjectType, UUID subjectId, String kind, boolean forUpdate) {
        if (forUpdate) {
            Panache.getEntityManager().createNativeQuery("SELECT id FROM deadline_clocks WHERE subject_type = ?1 "
                    + "AND subject_id = ?2 AND kind = ?3 FOR UPDATE").setParameter(1, subjectType)
                    .setParameter(2, subjectId).setParameter(3, kind).getResultList();
        }
        return DeadlineClock.find("subjectType = ?1 and subjectId = ?2 and kind = ?3", subjectType, subjectId, kind)
                .firstResult();
    }
}
