package io.fieldback.warranty;

public enum LineKind {
    LABOUR, PART, OTHER
}
