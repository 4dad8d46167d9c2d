package io.fieldback.common;

import java.util.regex.Pattern;

/**
 * A larger (or smaller) body cap for some paths, e.g. photo uploads. Features declare them as CDI
 * beans; {@link BodySizeLimit} applies the first rule whose pattern matches the request path.
 */
public record BodyLimitRule(Pattern path, long maxBytes) {
}
