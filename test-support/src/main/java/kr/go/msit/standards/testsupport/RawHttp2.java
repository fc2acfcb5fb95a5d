package kr.go.msit.standards.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Cleartext HTTP/2 (prior knowledge), written frame by frame, for what no HTTP client sends: a request without
 * {@code :authority}, a body with neither {@code Content-Length} nor chunks (HTTP/2 needs neither), a stream the
 * caller resets halfway through its body, or a wait for an interim {@code 100} before the body. Every header is an
 * HPACK literal without Huffman coding, in the order given, pseudo-headers first.
 */
public final class RawHttp2 {

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    public static final int DATA = 0;
    public static final int HEADERS = 1;
    public static final int RST_STREAM = 3;
    private static final int SETTINGS = 4;
    public static final int GOAWAY = 7;
    private static final int WINDOW_UPDATE = 8;
    public static final int END_STREAM = 0x1;
    private static final int END_HEADERS = 0x4;
    /** RST_STREAM's error code for a stream its sender no longer wants. */
    private static final int CANCEL = 0x8;

    private RawHttp2() {}

    /**
     * The headers of a request to {@code server} with a bearer token: the pseudo-headers, {@code authorization} and
     * {@code accept: application/json}, in a map the caller may change (add a type, drop {@code :authority}).
     */
    public static Map<String, String> headers(URI server, String method, String path, String token) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put(":method", method);
        headers.put(":scheme", "http");
        headers.put(":path", path);
        headers.put(":authority", server.getHost() + ":" + server.getPort());
        headers.put("authorization", "Bearer " + token);
        headers.put("accept", "application/json");
        return headers;
    }

    /**
     * Sends {@code headers} (and {@code body}, in one DATA frame, when not null) on stream 1 and answers the body of
     * the response (the DATA it gets on stream 1 until the stream ends).
     */
    public static String exchange(URI server, Map<String, String> headers, byte[] body) throws IOException {
        try (Connection connection = Connection.open(server)) {
            connection.headers(1, headers, body == null);
            if (body != null) {
                connection.data(1, body, true);
            }
            return connection.answer(1);
        }
    }

    /** A frame as received: its payload is not decoded (HEADERS stay an HPACK block). */
    public record Frame(int type, int flags, int stream, byte[] payload) {

        public boolean endsStream() {
            return (flags & END_STREAM) != 0;
        }
    }

    /** One connection, its preface and (empty) SETTINGS sent; frames go out as they are written. */
    public static final class Connection implements Closeable {

        private final Socket socket;
        private final OutputStream out;
        private final DataInputStream in;

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = new DataInputStream(socket.getInputStream());
        }

        /** Connects, with reads that give up after ten seconds. */
        public static Connection open(URI server) throws IOException {
            Connection connection = new Connection(new Socket(server.getHost(), server.getPort()));
            connection.socket.setSoTimeout(10_000);
            connection.out.write(PREFACE);
            connection.frame(SETTINGS, 0, 0, new byte[0]);
            return connection;
        }

        /**
         * SETTINGS with {@code SETTINGS_INITIAL_WINDOW_SIZE}: the bytes of an answer each stream opened from now on
         * takes before the caller reads more (0: none, a caller that never reads).
         */
        public void initialWindow(int bytes) throws IOException {
            frame(SETTINGS, 0, 0, new byte[] {
                0, 4, (byte) (bytes >>> 24), (byte) (bytes >>> 16), (byte) (bytes >>> 8), (byte) bytes
            });
        }

        /** WINDOW_UPDATE: {@code bytes} more of the answer on {@code stream} (0: the whole connection). */
        public void windowUpdate(int stream, int bytes) throws IOException {
            frame(WINDOW_UPDATE, 0, stream, new byte[] {
                (byte) (bytes >>> 24), (byte) (bytes >>> 16), (byte) (bytes >>> 8), (byte) bytes
            });
        }

        /** A HEADERS frame on {@code stream}, ending the stream (no body follows) when {@code end}. */
        public void headers(int stream, Map<String, String> headers, boolean end) throws IOException {
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            headers.forEach((name, value) -> {
                block.write(0);
                literal(block, name);
                literal(block, value);
            });
            frame(HEADERS, END_HEADERS | (end ? END_STREAM : 0), stream, block.toByteArray());
        }

        /** A DATA frame on {@code stream}, its last when {@code end}. */
        public void data(int stream, byte[] body, boolean end) throws IOException {
            frame(DATA, end ? END_STREAM : 0, stream, body);
        }

        /** RST_STREAM (CANCEL): the caller gives up on {@code stream}, what it was sending included. */
        public void reset(int stream) throws IOException {
            frame(RST_STREAM, 0, stream, new byte[] {0, 0, 0, CANCEL});
        }

        /** The next frame on any stream; {@code null} when the server has closed the connection. */
        public Frame next() throws IOException {
            try {
                int length = (in.readUnsignedByte() << 16) | in.readUnsignedShort();
                int type = in.readUnsignedByte();
                int flags = in.readUnsignedByte();
                int stream = in.readInt() & 0x7fffffff;
                return new Frame(type, flags, stream, in.readNBytes(length));
            } catch (EOFException closed) {
                return null;
            }
        }

        /** The body of the response on {@code stream}: its DATA until it ends, is reset or the connection goes. */
        public String answer(int stream) throws IOException {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            for (Frame frame = next(); frame != null; frame = next()) {
                if (frame.stream() == stream && frame.type() == DATA) {
                    data.write(frame.payload());
                }
                if (frame.type() == GOAWAY
                        || (frame.stream() == stream && (frame.type() == RST_STREAM || frame.endsStream()))) {
                    break;
                }
            }
            return data.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        private void frame(int type, int flags, int stream, byte[] payload) throws IOException {
            int length = payload.length;
            out.write(new byte[] {
                (byte) (length >>> 16),
                (byte) (length >>> 8),
                (byte) length,
                (byte) type,
                (byte) flags,
                (byte) (stream >>> 24),
                (byte) (stream >>> 16),
                (byte) (stream >>> 8),
                (byte) stream
            });
            out.write(payload);
            out.flush();
        }
    }

    private static void literal(ByteArrayOutputStream block, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        if (length < 127) {
            block.write(length);
        } else {
            block.write(127);
            length -= 127;
            while (length >= 128) {
                block.write((length & 0x7f) | 0x80);
                length >>>= 7;
            }
            block.write(length);
        }
        block.writeBytes(bytes);
    }
}
