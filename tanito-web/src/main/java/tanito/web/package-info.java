/**
 * The web adapters' shared parts: {@link tanito.web.WebServer}, the embedded server every page runs
 * on (static files from the jar, a JSON API, errors as JSON), and the check of who may call it.
 * The Playground lives in {@link tanito.web.playground}, the What-If probe in {@link tanito.web.whatif}.
 * Nothing here is used by the core.
 */
package tanito.web;
