package dev.crm.channel.webhook;

import dev.crm.plugin.api.Attachment;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.Sender;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A verified inbound webhook: one message object or an array of them. Fields this channel does not
 * know are ignored, so a sender may add some; the ones it knows must have the documented types.
 */
final class InboundPayload {

    private InboundPayload() {
    }

    static List<InboundMessage> parse(byte[] body, ChannelContext context) throws InboundRejectedException {
        JsonNode root;
        try {
            root = StrictJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw InboundRejectedException.malformed("body is not JSON within the channel's limits", e);
        }
        List<JsonNode> items = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.values().forEach(items::add);
        } else if (root != null && root.isObject()) {
            items.add(root);
        } else {
            throw InboundRejectedException.malformed("body is neither a JSON object nor an array of objects");
        }
        List<InboundMessage> messages = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            messages.add(new Item(items.get(i), "message " + i + " ").message(context));
        }
        return messages;
    }

    /** One message object; {@code where} locates it in rejection messages without quoting content. */
    private record Item(JsonNode node, String where) {

        InboundMessage message(ChannelContext context) throws InboundRejectedException {
            if (!node.isObject()) {
                throw malformed("is not a JSON object");
            }
            String id = id();
            Sender sender = sender();
            Optional<String> subject = text(node, "subject");
            Optional<String> text = text(node, "text");
            try {
                return new InboundMessage(context.channelInstanceId(), id, text(node, "threadId").orElse(null), sender,
                        subject.orElse(null), text.orElse(""), receivedAt(context), references(subject, text),
                        attachments());
            } catch (IllegalArgumentException e) {
                throw InboundRejectedException.malformed(where + "is not a message: " + e.getMessage(), e);
            }
        }

        private String id() throws InboundRejectedException {
            JsonNode id = node.path("id");
            if (id.isIntegralNumber()) {
                return id.asString();
            }
            return text(node, "id").filter(value -> !value.isBlank()).orElseThrow(() -> malformed("has no 'id'"));
        }

        private Sender sender() throws InboundRejectedException {
            JsonNode from = node.path("from");
            if (!from.isObject()) {
                throw malformed("has no 'from' object");
            }
            String kind = text(from, "kind").orElseThrow(() -> malformed("has no 'from.kind'"));
            Sender.Kind senderKind;
            try {
                senderKind = Sender.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw malformed("has an unknown 'from.kind'; expected EMAIL, PHONE, OPENID or EXTERNAL_ID");
            }
            String address = text(from, "address").filter(value -> !value.isBlank())
                    .orElseThrow(() -> malformed("has no 'from.address'"));
            return new Sender(senderKind, address.trim(), text(from, "name").orElse(null));
        }

        /** The named complaint first, then those the subject and text mention, each once. */
        private List<String> references(Optional<String> subject, Optional<String> text) throws InboundRejectedException {
            Set<String> references = new LinkedHashSet<>();
            Optional<String> named = text(node, "complaintNumber").filter(value -> !value.isBlank()).map(String::trim);
            if (named.isPresent()) {
                if (!ComplaintNumbers.isOne(named.get())) {
                    throw malformed("has a 'complaintNumber' not shaped like C-2026-000123");
                }
                references.add(named.get().toUpperCase(Locale.ROOT));
            }
            subject.ifPresent(value -> references.addAll(ComplaintNumbers.in(value)));
            text.ifPresent(value -> references.addAll(ComplaintNumbers.in(value)));
            return List.copyOf(references);
        }

        private Instant receivedAt(ChannelContext context) throws InboundRejectedException {
            Optional<String> value = text(node, "receivedAt").filter(time -> !time.isBlank());
            if (value.isEmpty()) {
                return context.clock().instant();
            }
            try {
                return OffsetDateTime.parse(value.get().trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw malformed("has a 'receivedAt' that is not an ISO-8601 time with offset, e.g. 2026-11-22T08:00:00Z");
            }
        }

        private List<Attachment> attachments() throws InboundRejectedException {
            JsonNode list = node.path("attachments");
            if (list.isMissingNode() || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                throw malformed("has 'attachments' that are not an array");
            }
            List<Attachment> attachments = new ArrayList<>();
            for (JsonNode file : list.values()) {
                if (!file.isObject()) {
                    throw malformed("has an attachment that is not an object");
                }
                String fileName = text(file, "fileName").filter(value -> !value.isBlank())
                        .orElseThrow(() -> malformed("has an attachment without 'fileName'"));
                attachments.add(new Attachment(fileName, text(file, "contentType").orElse(null), size(file),
                        text(file, "url").orElse(null)));
            }
            return attachments;
        }

        private long size(JsonNode file) throws InboundRejectedException {
            JsonNode size = file.path("sizeBytes");
            if (size.isMissingNode() || size.isNull()) {
                return 0;
            }
            // canConvertToLong first: a 60-digit number is a number, just not a size.
            if (!size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
                throw malformed("has an attachment whose 'sizeBytes' is not a whole number of bytes");
            }
            return size.longValue();
        }

        private Optional<String> text(JsonNode parent, String field) throws InboundRejectedException {
            JsonNode value = parent.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isString()) {
                throw malformed("has a '" + field + "' that is not a string");
            }
            return Optional.of(value.asString());
        }

        private InboundRejectedException malformed(String problem) {
            return InboundRejectedException.malformed(where + problem);
        }
    }
}
