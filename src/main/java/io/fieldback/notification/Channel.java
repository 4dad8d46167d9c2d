package io.fieldback.notification;

/** How a message reaches a contact. */
public enum Channel {
    SMS, WECHAT, PUSH, EMAIL
}
