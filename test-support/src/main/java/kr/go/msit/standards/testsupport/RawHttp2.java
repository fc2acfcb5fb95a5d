package kr.go.msit.standards.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request over cleartext HTTP/2 (prior knowledge), written frame by frame, for what no HTTP client sends: a
 * request without {@code :authority}, or a body with neither {@code Content-Length} nor chunks (HTTP/2 needs
 * neither). Every header is an HPACK literal without Huffman coding, in the order given, pseudo-headers first.
 */
public final class RawHttp2 {

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DATA = 0;
    private static final int HEADERS = 1;
    private static final int RST_STREAM = 3;
    private static final int SETTINGS = 4;
    private static final int GOAWAY = 7;
    private static final int END_STREAM = 0x1;
    private static final int END_HEADERS = 0x4;

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
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            block.write(0);
            literal(block, name);
            literal(block, value);
        });
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(PREFACE);
            frame(out, SETTINGS, 0, 0, new byte[0]);
            frame(out, HEADERS, END_HEADERS | (body == null ? END_STREAM : 0), 1, block.toByteArray());
            if (body != null) {
                frame(out, DATA, END_STREAM, 1, body);
            }
            out.flush();
            return answer(new DataInputStream(socket.getInputStream()));
        }
    }

    private static String answer(DataInputStream in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try {
            while (true) {
                int length = (in.readUnsignedByte() << 16) | in.readUnsignedShort();
                int type = in.readUnsignedByte();
                int flags = in.readUnsignedByte();
                int stream = in.readInt() & 0x7fffffff;
                byte[] payload = in.readNBytes(length);
                if (stream == 1 && type == DATA) {
                    data.write(payload);
                }
                if (type == GOAWAY || (stream == 1 && (type == RST_STREAM || (flags & END_STREAM) != 0))) {
                    break;
                }
            }
        } catch (EOFException closed) {
            // the server closed the connection: what came is the answer
        }
        return data.toString(StandardCharsets.UTF_8);
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

    private static void frame(OutputStream out, int type, int flags, int stream, byte[] payload) throws IOException {
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
    }
}
