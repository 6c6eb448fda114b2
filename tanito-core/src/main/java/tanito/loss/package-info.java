/**
 * Losses as value plus gradient on a head's raw outputs, with PyTorch's mean reduction: mean squared
 * error, softmax cross-entropy fused on logits, sigmoid binary cross-entropy on logits; and
 * {@link tanito.loss.WeightedLoss}, the weighted sum of one loss per head.
 */
package tanito.loss;
