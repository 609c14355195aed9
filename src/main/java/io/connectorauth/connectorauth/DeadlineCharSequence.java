package io.connectorauth.connectorauth;

/**
 * A character sequence that stops a regular expression match once a time budget is spent. Connector schemas may
 * come from tenant admins, and a pathological pattern would otherwise hold an event-loop thread for minutes.
 */
final class DeadlineCharSequence implements CharSequence {

    /** Thrown into the matcher when the budget is spent. */
    static final class DeadlineExceeded extends RuntimeException {
        DeadlineExceeded() {
            super("pattern evaluation exceeded its time budget", null, false, false);
        }
    }

    private static final int CHECK_EVERY = 4096;

    private final CharSequence text;
    private final long deadline;
    private int reads;

    /**
     * Wraps {@code text} with a budget of {@code budgetNanos} from now.
     */
    static DeadlineCharSequence withBudget(CharSequence text, long budgetNanos) {
        return new DeadlineCharSequence(text, System.nanoTime() + budgetNanos);
    }

    private DeadlineCharSequence(CharSequence text, long deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && System.nanoTime() > deadline) {
            throw new DeadlineExceeded();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
