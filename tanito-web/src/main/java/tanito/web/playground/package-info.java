/**
 * The Playground: TensorFlow Playground's controls on Tanito's real engine.
 * {@link tanito.web.playground.PlaygroundSpec} is its whole state (it round-trips through the page's
 * URL), {@link tanito.web.playground.PlaygroundSession} one training run advanced an epoch at a time,
 * {@link tanito.web.playground.PlaygroundServer} the HTTP server on 127.0.0.1 that streams epochs to the
 * page as server-sent events ({@link tanito.web.playground.PlaygroundEpoch}: losses every epoch; the
 * boundary and {@link tanito.web.playground.PlaygroundNetwork}, the neuron maps and weights, at most five
 * times a second, {@link tanito.web.playground.Pace}). The page itself (static HTML, CSS and JavaScript modules in
 * {@code resources/tanito/web/playground/static}, no build step) keeps the spec in its URL and replaces
 * the run whenever a control changes. {@link tanito.web.playground.Uploads} holds the CSV files people
 * upload (in memory, by content hash), and {@link tanito.web.playground.PlaygroundExport} offers a run's
 * model and points for download.
 */
package tanito.web.playground;
