package dev.crm.app.web;

import dev.crm.app.channels.ChannelInbound;
import dev.crm.app.channels.ChannelProperties;
import dev.crm.core.api.RequestRefusedException;
import dev.crm.plugin.api.InboundReply;
import dev.crm.plugin.api.InboundRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where channel providers deliver: webhooks (POST) and handshakes (GET). Public; the request goes
 * to the channel's plugin exactly as received (raw body bytes for signature checks), after a size
 * check, and nothing is stored unless the plugin verified it.
 */
@RestController
class ChannelInboundController {

    private final ChannelInbound inbound;
    private final long maxBytes;

    ChannelInboundController(ChannelInbound inbound, ChannelProperties properties) {
        this.inbound = inbound;
        this.maxBytes = properties.maxInboundBytes().toBytes();
    }

    @RequestMapping(path = "/api/v1/channels/{channelId}/inbound", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<byte[]> receive(@PathVariable String channelId, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        InboundRequest received = new InboundRequest(request.getMethod(), request.getRequestURI(), headers(request),
                query(request.getQueryString()), body(request.getInputStream()), request.getRemoteAddr());
        Optional<InboundReply> reply = inbound.receive(channelId, received);
        if (reply.isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(reply.get().status());
        if (reply.get().contentType() != null) {
            answer.contentType(MediaType.parseMediaType(reply.get().contentType()));
        }
        return answer.body(reply.get().body());
    }

    /** Reads at most the limit, whatever Content-Length claimed (or if it was absent: chunked). */
    private byte[] body(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (body.size() + read > maxBytes) {
                throw tooLarge();
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private RequestRefusedException tooLarge() {
        return new RequestRefusedException(RequestRefusedException.Reason.TOO_LARGE,
                "The body is larger than " + maxBytes + " bytes");
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    /** From the raw query string: asking the servlet for parameters would consume a form body. */
    private static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.isEmpty()) {
                parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new RequestRefusedException(RequestRefusedException.Reason.MALFORMED, "The query string is malformed");
        }
    }
}
