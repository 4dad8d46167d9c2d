package io.fieldback.survey.internal.format;

/** Raised by a reader that cannot go on; carries the {@link FileProblem}. Not an HTTP exception: callers decide. */
public final class UnreadableFile extends RuntimeException {

    private final transient FileProblem problem;

    UnreadableFile(FileProblem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }
}
