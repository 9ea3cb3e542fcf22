package app.capgo.supportdesk.inquiry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real SMTP server on loopback that behaves as the test tells it: it waits before answering the
 * end of DATA (a slow server), or refuses some recipients with a permanent 5xx. It keeps each
 * message it accepted, with its recipients, and counts the messages received in full whatever it
 * then answered.
 */
final class ScriptedSmtp implements AutoCloseable {

    /** One message received in full, with the recipients the server took for it. */
    record Received(List<String> recipients, String data) {
        String header(String name) {
            return data.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    private final ServerSocket server;
    private final ExecutorService sessions = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Duration dataDelay = Duration.ZERO;
    private volatile Predicate<String> refuse = address -> false;

    ScriptedSmtp() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Points the app's mail at this server, with a database of its own. */
    void feed(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", this::port);
        // The context stays cached after the class closes this server: on the shared test database
        // its outbox would go on claiming other contexts' emails and failing them.
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:scripted-smtp-" + port() + ";DB_CLOSE_DELAY=-1");
    }

    /** Waits this long after the end of DATA before answering 250. */
    void answerDataAfter(Duration delay) {
        dataDelay = delay;
    }

    /** Refuses the recipients it matches with "550 5.1.1 <address>: user unknown". */
    void refuseRecipients(Predicate<String> addresses) {
        refuse = addresses;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sessions.submit(() -> session(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void session(Socket socket) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 scripted.test ESMTP");
            List<String> recipients = new CopyOnWriteArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted.test");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply(out, "250 2.1.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    if (refuse.test(address)) {
                        reply(out, "550 5.1.1 <" + address + ">: user unknown");
                    } else {
                        recipients.add(address);
                        reply(out, "250 2.1.5 OK");
                    }
                } else if (command.equals("DATA")) {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line).append('\n');
                    }
                    received.add(new Received(List.copyOf(recipients), data.toString()));
                    Thread.sleep(dataDelay);
                    reply(out, "250 2.0.0 queued");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away (a read timeout on its side, say): nothing to do
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sessions.shutdownNow();
    }
}
