package io.fieldback.notification.internal;

/** What a provider answered to one send. */
public sealed interface SendResult {

    /** The provider took the message. */
    record Accepted(String providerMessageId) implements SendResult {
    }

    /**
     * The provider refused it. {@code permanent}: retrying will not help. {@code problem}: what is wrong
     * with the address, if that is it.
     */
    record Rejected(String code, boolean permanent, AddressProblem problem) implements SendResult {
    }

    /** No answer (time-out, connection lost): the provider may or may not have taken it. */
    record Unknown(String detail) implements SendResult {
    }

    enum AddressProblem {
        /** the phone number does not exist: flag it on the contact */
        BAD_NUMBER,
        /** the push token or openid is no longer valid: drop it */
        UNREGISTERED,
        /** the mail server refused the e-mail address for good: drop it */
        BAD_ADDRESS
    }
}
