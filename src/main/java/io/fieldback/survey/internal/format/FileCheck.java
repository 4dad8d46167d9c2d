package io.fieldback.survey.internal.format;

/** The result of checking a file through once: its number of rows, or the problem that makes it unreadable. */
public record FileCheck(long rows, FileProblem problem) {

    public boolean readable() {
        return problem == null;
    }
}
