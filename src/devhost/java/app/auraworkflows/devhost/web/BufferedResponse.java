package app.auraworkflows.devhost.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Captures a servlet's output so the decorator can decide afterwards whether to wrap it in the
 * chrome. Status and headers go to the real response at once; body bytes and Content-Length are held
 * back; redirects and errors pass straight through.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean passedThrough;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    boolean passedThrough() {
        return passedThrough;
    }

    byte[] bytes() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    Charset charset() {
        String enc = getCharacterEncoding();
        try {
            return enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() already called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(buffer, charset()));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() already called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override public void write(int b) { buffer.write(b); }
                @Override public void write(byte[] b, int off, int len) { buffer.write(b, off, len); }
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
            };
        }
        return stream;
    }

    @Override public void setContentLength(int len) { /* recomputed after decoration */ }
    @Override public void setContentLengthLong(long len) { /* recomputed after decoration */ }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override public void flushBuffer() { /* held until the decorator is done */ }
    @Override public boolean isCommitted() { return passedThrough || super.isCommitted(); }
    @Override public void resetBuffer() { buffer.reset(); }

    @Override
    public void reset() {
        super.reset();
        buffer.reset();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }
}
