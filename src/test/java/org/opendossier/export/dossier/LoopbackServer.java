package org.opendossier.export.dossier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** A server on the loopback that counts the requests it gets, to prove that an export fetched nothing. */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer http;
    private final AtomicInteger requests = new AtomicInteger();

    LoopbackServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/x.png";
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
