package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The command's wiring and its errors; serving is tested in tanito-web (the command serves until interrupted). */
class PlaygroundCommandTest {

    @Test
    void aTakenPortIsOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli cli = Cli.run("playground", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(Main.BAD_INPUT, cli.exitCode(), cli.err());
            assertEquals("tanito: error: cannot listen on 127.0.0.1 port " + taken.getLocalPort()
                    + ": is another program using it? (--port 0 picks a free one)", cli.err().strip());
        }
    }

    @Test
    void anUnknownHostIsOneClearLine() {
        Cli cli = Cli.run("playground", "--host", "no-such-host.invalid", "--port", "0");
        assertEquals(Main.BAD_INPUT, cli.exitCode(), cli.err());
        assertEquals("tanito: error: unknown host no-such-host.invalid", cli.err().strip());
    }

    @Test
    void helpNamesTheFlags() {
        Cli cli = Cli.run("playground", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("--port") && cli.out().contains("--host") && cli.out().contains("127.0.0.1"),
                cli.out());
    }
}
