/**
 * Weight penalties as value plus gradient ({@link tanito.regularize.L1}, {@link tanito.regularize.L2}),
 * applied to weights and never to biases, and counted in the reported loss.
 */
package tanito.regularize;
