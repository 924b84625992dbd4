package dev.crm.channel.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server on a loopback socket that answers RCPT TO with a reply of the test's choosing,
 * or never greets at all. GreenMail accepts every recipient, so this is how the tests meet a
 * server that refuses one.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final String rcptReply;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private ScriptedSmtpServer(String rcptReply) {
        this.rcptReply = rcptReply;
        try {
            serverSocket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers every RCPT TO with {@code reply}, e.g. {@code 550 5.1.1 no such user}. */
    static ScriptedSmtpServer rejectingRecipientsWith(String reply) {
        return new ScriptedSmtpServer(reply);
    }

    /** Accepts connections and never says a word. */
    static ScriptedSmtpServer silent() {
        return new ScriptedSmtpServer(null);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    private void accept() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                connections.add(socket);
                if (rcptReply != null) {
                    converse(socket);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 scripted.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 scripted.test");
            } else if (command.startsWith("MAIL FROM")) {
                reply(out, "250 2.1.0 OK");
            } else if (command.startsWith("RCPT TO")) {
                reply(out, rcptReply);
            } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                reply(out, "250 2.0.0 OK");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 bye");
                socket.close();
                return;
            } else {
                reply(out, "502 5.5.1 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
