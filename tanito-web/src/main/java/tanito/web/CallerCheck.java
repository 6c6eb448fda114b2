package tanito.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Who may call a Tanito server: a request whose {@code Origin} is not the server's own is refused
 * (403) for every call that changes state, and a server bound to a loopback address answers only
 * requests addressed to a loopback name ({@code Host} localhost, 127.0.0.1 or [::1]), which stops
 * DNS rebinding.
 */
final class CallerCheck {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean loopback;

    private CallerCheck(boolean loopback) {
        this.loopback = loopback;
    }

    /** The check for a server listening on {@code host}. @throws IllegalArgumentException for an unknown host */
    static CallerCheck forHost(String host) {
        try {
            return new CallerCheck(InetAddress.getByName(host).isLoopbackAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /** Refuses other sites' state-changing calls and, on loopback, requests addressed to other names. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (loopback && (host == null || !LOOPBACK_NAMES.contains(hostName(host)))) {
            refuse(ctx, "this server answers only requests addressed to localhost or 127.0.0.1, not " + host);
        }
        String origin = ctx.header("Origin");
        if (origin != null && !SAFE_METHODS.contains(ctx.method().name()) && !sameAuthority(origin, host)) {
            refuse(ctx, "requests from " + origin + " may not change this server's state");
        }
    }

    private static void refuse(Context ctx, String message) {
        ctx.skipRemainingHandlers();
        WebServer.error(ctx, HttpStatus.FORBIDDEN, message);
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The name part of a Host header: {@code 127.0.0.1:7070} -> 127.0.0.1, {@code [::1]:7070} -> [::1]. */
    private static String hostName(String host) {
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > 0 && host.indexOf(']') < colon;
        return (hasPort ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
    }
}
