/**
 * Networks: {@link tanito.nn.LayerSpec} records describe layers ({@link tanito.nn.DenseSpec},
 * {@link tanito.nn.DropoutSpec}), {@link tanito.nn.NetworkSpec} describes a trunk and one or more
 * heads and builds a {@link tanito.nn.Network} on one flat parameter vector. Layers do forward and
 * backward only; the mode and the randomness are passed in. {@link tanito.nn.Activation}s carry
 * value and derivative; {@link tanito.nn.Initializer}s draw the first weights.
 */
package tanito.nn;
