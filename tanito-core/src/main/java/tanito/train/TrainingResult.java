package tanito.train;

import tanito.metrics.History;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * @param bestEpoch the best epoch by the monitored value (early stopping's monitor, else validation
 *     loss, else training loss); 1-based, 0 if no epoch completed
 * @param weightsEpoch the epoch whose weights the model holds: the best epoch when early stopping
 *     restores it, else the last completed epoch (0: the initial weights)
 */
public record TrainingResult(Model model, History history, int bestEpoch, int weightsEpoch, Stop stop) {}
