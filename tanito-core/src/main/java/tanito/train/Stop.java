package tanito.train;

/**
 * Why a run ended.
 *
 * @param epoch the last epoch that ran (completed or, for a non-finite loss, interrupted)
 */
public record Stop(Reason reason, int epoch, String message) {

    public enum Reason {
        /** All configured epochs ran. */
        COMPLETED,
        /** Early stopping's patience ran out. */
        EARLY_STOPPED,
        /** The loss became NaN or infinite; the best (or last finite) weights were kept. */
        NON_FINITE_LOSS
    }
}
