package app.capgo.supportdesk.inquiry;

/**
 * Who erased an inquiry's personal data: the retention job, or a signed-in sales user on the
 * customer's request. Stored as the user's name, or no name for the job, so that a sales user
 * whatever their name is never taken for the job.
 */
public sealed interface Eraser {

    /** The retention job, which anonymises inquiries older than the retention period. */
    Eraser RETENTION_JOB = new RetentionJob();

    record RetentionJob() implements Eraser {
    }

    record SalesUser(String name) implements Eraser {
    }

    /** The eraser a stored name stands for: no name is the retention job. */
    static Eraser of(@org.jspecify.annotations.Nullable String storedName) {
        return storedName == null ? RETENTION_JOB : new SalesUser(storedName);
    }
}
