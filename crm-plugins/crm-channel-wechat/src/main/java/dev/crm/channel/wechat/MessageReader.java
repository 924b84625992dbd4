package dev.crm.channel.wechat;

import dev.crm.plugin.api.Attachment;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.Sender;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a pushed XML document into the follower's message. Events (subscribe, unsubscribe, menu
 * clicks, ...) and message types the CRM does not know carry no message for the intake.
 */
final class MessageReader {

    private static final Pattern COMPLAINT_NUMBER = Pattern.compile("(?<![A-Za-z0-9])C-\\d{4}-\\d{6}(?!\\d)");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");
    private static final Map<String, String> VOICE_TYPES = Map.of("amr", "audio/amr", "speex", "audio/speex",
            "mp3", "audio/mpeg");

    private MessageReader() {
    }

    /**
     * @param channelId the channel instance that received the push
     * @throws InboundRejectedException MALFORMED when a field every push or this message type needs is missing
     */
    static Optional<InboundMessage> read(PushedXml push, String channelId) throws InboundRejectedException {
        push.required("ToUserName");
        String openid = push.required("FromUserName").strip();
        Instant createdAt = createdAt(push.required("CreateTime"));
        String type = push.required("MsgType").strip();
        Optional<Content> content = content(type, push);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        String msgId = push.required("MsgId").strip();
        try {
            // One conversation per follower: the openid is the thread.
            return Optional.of(new InboundMessage(channelId, msgId, openid, new Sender(Sender.Kind.OPENID, openid, null),
                    null, content.get().text(), createdAt, references(content.get().text()),
                    content.get().attachment().map(List::of).orElse(List.of())));
        } catch (IllegalArgumentException e) {
            throw InboundRejectedException.malformed("not a message: " + e.getMessage(), e);
        }
    }

    /** What a message type shows: its text, and the media it points to, if any. */
    private record Content(String text, Optional<Attachment> attachment) {
    }

    private static Optional<Content> content(String type, PushedXml push) throws InboundRejectedException {
        return switch (type) {
            case "text" -> Optional.of(new Content(push.required("Content"), Optional.empty()));
            // PicUrl is a link staff can open at once; the MediaId needs an API call (and expires after 3 days).
            case "image" -> media(push, "[image]" + suffix(push.field("PicUrl")),
                    "image-" + msgId(push) + ".jpg", "image/jpeg");
            case "voice" -> {
                // The format ends up in a file name, so only a plain extension is taken.
                String format = push.field("Format").map(f -> f.strip().toLowerCase(Locale.ROOT))
                        .filter(f -> EXTENSION.matcher(f).matches()).orElse("amr");
                // Recognition is WeChat's speech-to-text, present when the account enabled it.
                yield media(push, "[voice]" + suffix(push.field("Recognition")),
                        "voice-" + msgId(push) + "." + format, VOICE_TYPES.get(format));
            }
            case "video", "shortvideo" -> media(push, "[video]", "video-" + msgId(push) + ".mp4", "video/mp4");
            case "file" -> {
                Optional<String> name = push.field("FileName").or(() -> push.field("Title")).map(String::strip);
                yield media(push, "[file]" + suffix(name), name.orElse("file-" + msgId(push)), null);
            }
            case "location" -> Optional.of(new Content("[location]" + suffix(push.field("Label")) + " ("
                    + push.required("Location_X").strip() + ", " + push.required("Location_Y").strip() + ")",
                    Optional.empty()));
            case "link" -> Optional.of(new Content(String.join("\n", "[link] " + push.field("Title").orElse(""),
                    push.field("Description").orElse(""), push.required("Url")).strip(), Optional.empty()));
            default -> Optional.empty();
        };
    }

    private static Optional<Content> media(PushedXml push, String text, String fileName, String contentType)
            throws InboundRejectedException {
        String mediaId = push.required("MediaId").strip();
        return Optional.of(new Content(text, Optional.of(new Attachment(fileName, contentType, 0, mediaId))));
    }

    private static String msgId(PushedXml push) throws InboundRejectedException {
        return push.required("MsgId").strip();
    }

    private static String suffix(Optional<String> value) {
        return value.map(v -> " " + v.strip()).orElse("");
    }

    private static Instant createdAt(String seconds) throws InboundRejectedException {
        if (!SECONDS.matcher(seconds.strip()).matches()) {
            throw InboundRejectedException.malformed("<CreateTime> is not a number of seconds");
        }
        return Instant.ofEpochSecond(Long.parseLong(seconds.strip()));
    }

    private static List<String> references(String text) {
        Matcher matcher = COMPLAINT_NUMBER.matcher(text);
        return matcher.results().map(MatchResult::group).distinct().toList();
    }
}
