package io.fieldback.survey.internal.format;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads an uploaded file one row at a time, whatever its size; one implementation per {@link
 * io.fieldback.survey.SurveyFormat}. A file that breaks mid-way raises {@link UnreadableFile}.
 */
public interface SurveyReader extends Closeable {

    /** The next row, or null at the end of the file. */
    RawRow next() throws IOException;

    /** Moves past one row without interpreting it; false at the end. */
    boolean advance() throws IOException;

    /** Rows read or passed so far. */
    long position();

    /** Reads past the rows whose outcome is already committed (a resumed import). */
    default void skip(long rows) throws IOException {
        while (position() < rows && advance()) {
            // skipping only
        }
    }

    /** Reads to the end; the number of rows. */
    default long count() throws IOException {
        while (advance()) {
            // counting only
        }
        return position();
    }
}
