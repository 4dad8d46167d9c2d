package io.fieldback.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Reads new events into messages, then sends what is due; safe on several instances at once. */
@ApplicationScoped
public class NotificationJob {

    private final NotificationIntake intake;
    private final NotificationSender sender;

    NotificationJob(NotificationIntake intake, NotificationSender sender) {
        this.intake = intake;
        this.sender = sender;
    }

    @Scheduled(identity = "notifications", every = "${fieldback.notification.every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    public void runOnce() {
        intake.run();
        sender.run();
    }
}
