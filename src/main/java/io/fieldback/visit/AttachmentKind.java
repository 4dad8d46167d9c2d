package io.fieldback.visit;

public enum AttachmentKind {
    PHOTO, SIGNATURE, DOCUMENT
}
