package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.notification.NotificationStatus;
import io.fieldback.notification.internal.SendRules.Decision;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sends due messages. Never twice: a message is claimed (row lock, SKIP LOCKED) and moved to SENDING in a
 * transaction that commits before the provider is called, so another sender never picks it; a SENDING
 * message whose outcome is unknown (time-out, crash) is only sent again after the provider said it does
 * not have it.
 * <p>
 * Per batch: one query claims the due rows, the send rules' facts are read for the whole batch
 * (BatchFacts), the provider calls run on {@code fieldback.notification.send-parallelism} threads, and the
 * answers are written in one transaction (SendOutcomes).
 */
@ApplicationScoped
public class NotificationSender {

    private final SendRules rules;
    private final SendOutcomes outcomes;
    private final Adapters adapters;
    private final Placeholders placeholders;
    private final ContactService contacts;
    private final TimeSource time;
    private final NotificationConfig config;
    private final ObjectMapper mapper;
    private final ExecutorService providers;

    NotificationSender(SendRules rules, SendOutcomes outcomes, Adapters adapters, Placeholders placeholders,
            ContactService contacts, TimeSource time, NotificationConfig config, ObjectMapper mapper) {
        this.rules = rules;
        this.outcomes = outcomes;
        this.adapters = adapters;
        this.placeholders = placeholders;
        this.contacts = contacts;
        this.time = time;
        this.config = config;
        this.mapper = mapper;
        AtomicInteger threads = new AtomicInteger();
        this.providers = Executors.newFixedThreadPool(Math.max(1, config.sendParallelism()), task -> {
            Thread thread = new Thread(task, "notification-send-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        providers.shutdownNow();
    }

    /** Sends (or defers, suppresses, expires) every due message; returns how many were handed to providers. */
    public int run() {
        recoverUnconfirmed();
        int handed = 0;
        while (true) {
            Claim claimed = QuarkusTransaction.requiringNew().call(this::claim);
            if (claimed.rows() == 0) {
                return handed;
            }
            record(sendAll(claimed.toSend()));
            handed += claimed.toSend().size();
        }
    }

    private List<SendOutcomes.Answered> sendAll(List<Outgoing> messages) {
        List<CompletableFuture<SendOutcomes.Answered>> calls = messages.stream().map(m -> CompletableFuture
                .supplyAsync(() -> new SendOutcomes.Answered(m.id(), send(m)), providers)).toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private SendResult send(Outgoing message) {
        try {
            return adapters.of(message.channel()).send(message);
        } catch (RuntimeException e) {
            Log.warnf(e, "provider of %s failed on notification %s", message.channel(), message.id());
            return new SendResult.Unknown(e.getMessage());
        }
    }

    /**
     * The batch's answers in one transaction; should that fail, one transaction per answer, so one bad row
     * does not leave the whole batch SENDING until recovery asks the provider about each.
     */
    private void record(List<SendOutcomes.Answered> answers) {
        if (answers.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> outcomes.record(answers));
        } catch (RuntimeException e) {
            Log.warnf(e, "could not record a batch of %d answers; recording them one by one", answers.size());
            for (SendOutcomes.Answered answer : answers) {
                QuarkusTransaction.requiringNew().run(() -> outcomes.record(List.of(answer)));
            }
        }
    }

    /**
     * What one claim took: every due row it decided on, and those to hand to a provider. A batch that only
     * deferred or ended messages is no reason to stop: due messages behind it must still go out in this run.
     */
    private record Claim(int rows, List<Outgoing> toSend) {
    }

    /** A message the rules send now, on the channel, identity and template they chose. */
    private record Going(Notification notification, SendRules.Choice choice) {
    }

    private Claim claim() {
        Instant now = time.now();
        List<Notification> batch = claimDue(now);
        if (batch.isEmpty()) {
            return new Claim(0, List.of());
        }
        BatchFacts facts = BatchFacts.of(batch, rules.capSince(now));
        List<Going> going = new ArrayList<>();
        for (Notification n : batch) {
            Decision decision = rules.decide(n, facts, now);
            switch (decision.status()) {
                case SENDING -> going.add(take(n, decision.choice(), facts, now));
                // never due again within this run, or the run would claim it forever
                case DEFERRED -> n.defer(decision.reason(), decision.until().isAfter(now) ? decision.until()
                        : now.plusSeconds(1));
                default -> n.end(decision.status(), decision.reason(), now);
            }
        }
        Map<UUID, String> names = names(going);
        return new Claim(batch.size(), going.stream().map(g -> startSending(g, names, now)).toList());
    }

    /** Locks up to a batch of due rows (rows another sender holds are skipped) and loads them. */
    @SuppressWarnings("unchecked")
    private List<Notification> claimDue(Instant now) {
        List<UUID> ids = ((List<Object>) Panache.getEntityManager().createNativeQuery("SELECT id FROM notifications "
                + "WHERE status IN ('QUEUED', 'DEFERRED') AND not_before <= ?1 ORDER BY not_before, id LIMIT ?2 "
                + "FOR UPDATE SKIP LOCKED").setParameter(1, now).setParameter(2, config.batchSize()).getResultList())
                .stream().map(NotificationIntake::uuid).toList();
        return ids.isEmpty() ? List.of() : Notification.list("id in ?1 order by notBefore, id", ids);
    }

    /**
     * The rules chose to send: the message counts against its contact's cap for the rest of the batch, and a
     * WeChat one-time authorisation is used up by the attempt, whatever the answer.
     */
    private static Going take(Notification n, SendRules.Choice choice, BatchFacts facts, Instant now) {
        facts.sending(n.contactId, now);
        if (choice.identity().credits != null) {
            choice.identity().credits--;
        }
        return new Going(n, choice);
    }

    private Map<UUID, String> names(List<Going> going) {
        Set<UUID> ids = going.stream().map(g -> g.notification().contactId).collect(Collectors.toSet());
        return contacts.system(ids).stream().collect(Collectors.toMap(ContactView::id, c -> c.name()));
    }

    private Outgoing startSending(Going going, Map<UUID, String> names, Instant now) {
        Notification n = going.notification();
        SendRules.Choice choice = going.choice();
        Map<String, Object> data = data(n, names);
        n.status = NotificationStatus.SENDING;
        n.reason = null;
        n.channel = choice.channel();
        n.address = choice.identity().address;
        n.templateVersion = choice.template().templateVersion;
        n.providerTemplateId = choice.template().providerTemplateId;
        n.body = placeholders.render(choice.template().body, data);
        n.attempts++;
        n.sendingSince = now;
        return outgoing(n, placeholders.render(choice.template().subject, data));
    }

    private Outgoing outgoing(Notification n, String subject) {
        return new Outgoing(n.id, n.topic, n.channel, n.address, subject, n.body, n.providerTemplateId, n.payload);
    }

    private Map<String, Object> data(Notification n, Map<UUID, String> names) {
        Map<String, Object> data = new HashMap<>();
        try {
            data.putAll(mapper.readValue(n.payload, new TypeReference<Map<String, Object>>() {
            }));
        } catch (Exception e) {
            Log.warnf("notification %s: payload is not a JSON object", n.id);
        }
        data.put(Placeholders.CONTACT_NAME, names.getOrDefault(n.contactId, ""));
        return data;
    }

    /**
     * Messages left SENDING past the lease (a time-out, or a sender that died): ask the provider whether
     * it has them before anything is sent again.
     */
    @SuppressWarnings("unchecked")
    void recoverUnconfirmed() {
        Instant staleBefore = time.now().minus(config.sendingLease());
        List<Object> ids = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("SELECT id FROM notifications WHERE status = 'SENDING' AND sending_since < ?1 "
                        + "ORDER BY sending_since LIMIT ?2").setParameter(1, staleBefore)
                .setParameter(2, config.batchSize()).getResultList());
        for (Object raw : ids) {
            UUID id = NotificationIntake.uuid(raw);
            try {
                QuarkusTransaction.requiringNew().run(() -> recover(id, staleBefore));
            } catch (RuntimeException e) {
                Log.warnf(e, "could not confirm notification %s with its provider; asked again later", id);
            }
        }
    }

    private void recover(UUID id, Instant staleBefore) {
        RowLocks.lock("notifications", id);
        Notification n = Notification.findById(id);
        if (n.status != NotificationStatus.SENDING || !n.sendingSince.isBefore(staleBefore)) {
            return;
        }
        Optional<String> taken = adapters.of(n.channel).lookup(outgoing(n, null));
        Instant now = time.now();
        if (taken.isPresent()) {
            SendOutcomes.sent(n, taken.get(), now);
        } else if (n.attempts < config.maxAttempts()) {
            n.sendingSince = null;
            outcomes.retryLater(n, "NOT_RECEIVED_BY_PROVIDER", now);
        } else {
            n.end(NotificationStatus.FAILED, "NOT_RECEIVED_BY_PROVIDER", now);
        }
    }
}
