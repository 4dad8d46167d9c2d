package io.fieldback.common;

/**
 * Entity tags are the row's optimistic-lock version. Updates must name the version they were based on
 * (If-Match), so two people editing the same record never overwrite each other silently.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 when If-Match is missing and 412 when it names another version. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag from your last read of this resource", null);
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new ApiException(412, "precondition-failed", "Precondition failed",
                "the resource has changed since you read it (current ETag " + current + "); fetch it again", null);
    }
}
