package io.fieldback.notification.internal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.notification.Channel;
import io.quarkus.mailer.Mail;
import io.vertx.ext.mail.SMTPException;

/**
 * Customer e-mail through quarkus-mailer ({@link SmtpSender}; quarkus.mailer.* names the SMTP server). A recipient
 * the server refuses for good (5xx) is a bad address: the identity is dropped, as an unregistered push token is.
 * SMTP cannot be asked afterwards whether it took a message, so after a time-out the mail counts as sent.
 */
@ApplicationScoped
public class EmailAdapter implements ChannelAdapter {

    /** Our id on the mail, so a bounce or a support question can be traced to the notification. */
    static final String REFERENCE_HEADER = "X-Fieldback-Notification";

    private final SmtpSender mailer;
    private final NotificationConfig.Email config;

    EmailAdapter(SmtpSender mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.config = config.email();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public SendResult send(Outgoing message) {
        String subject = message.subject() == null || message.subject().isBlank() ? config.defaultSubject()
                : message.subject();
        Mail mail = Mail.withText(message.address(), subject, message.body())
                .addHeader(REFERENCE_HEADER, message.id().toString());
        try {
            mailer.send(mail);
            return new SendResult.Accepted("smtp-" + message.id());
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    /** A refusal with an SMTP reply code is the server's word; anything else (connection lost) is unknown. */
    static SendResult refused(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String code = "SMTP_" + smtp.getReplyCode();
                return smtp.isPermanent() ? new SendResult.Rejected(code, true, SendResult.AddressProblem.BAD_ADDRESS)
                        : new SendResult.Rejected(code, false, null);
            }
        }
        return new SendResult.Unknown(e.getClass().getSimpleName());
    }

    @Override
    public Optional<String> lookup(Outgoing message) {
        return Optional.of("unconfirmed");
    }
}
