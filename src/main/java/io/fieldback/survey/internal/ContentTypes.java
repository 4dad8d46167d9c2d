package io.fieldback.survey.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

import io.fieldback.common.ApiException;
import io.fieldback.survey.SurveyFormat;

/** What an upload's Content-Type says: the format and the charset (415 for anything else). */
final class ContentTypes {

    private ContentTypes() {
    }

    static SurveyFormat format(String contentType) {
        MediaType type = mediaType(contentType);
        String essence = type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT);
        return switch (essence) {
            case "text/csv", "application/csv" -> SurveyFormat.CSV;
            case "application/json" -> SurveyFormat.JSON;
            default -> throw unsupported("send the file as text/csv or application/json (Content-Type: " + essence + ")");
        };
    }

    static Charset charset(String contentType) {
        String name = mediaType(contentType).getParameters().get("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        return switch (name.trim().replace("\"", "").toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gb18030" -> Charset.forName("GB18030");
            case "gbk", "gb2312", "cp936" -> Charset.forName("GBK");
            default -> throw unsupported("charset '" + name + "' is not supported; use UTF-8, GB18030 or GBK");
        };
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("a Content-Type is required: text/csv or application/json");
        }
        try {
            return MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw unsupported("unreadable Content-Type '" + contentType + "'");
        }
    }

    static ApiException unsupported(String detail) {
        return new ApiException(415, "unsupported-media-type", "Unsupported media type", detail, null);
    }
}
