/**
 * The web adapters: the Playground (TensorFlow Playground's controls on Tanito's real engine) and,
 * later, the What-If probe. {@link tanito.web.PlaygroundSpec} is the Playground's whole state (it
 * round-trips through the page's URL), {@link tanito.web.PlaygroundSession} one training run advanced
 * an epoch at a time, {@link tanito.web.PlaygroundServer} the HTTP server on 127.0.0.1 that streams
 * epochs to the page as server-sent events. The page itself (static HTML, CSS and JavaScript modules in
 * {@code resources/tanito/web/static}, no build step) keeps the spec in its URL and replaces the run
 * whenever a control changes. Nothing here is used by the core.
 */
package tanito.web;
