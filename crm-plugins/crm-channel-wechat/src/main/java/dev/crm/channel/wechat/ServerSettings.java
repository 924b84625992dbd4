package dev.crm.channel.wechat;

import dev.crm.plugin.api.ChannelContext;

/**
 * What answering Tencent's pushes needs, as entered in the official account's server configuration
 * (服务器配置).
 *
 * @param channelInstanceId the instance, for error messages
 * @param token             the server-config Token both sides sign with; never shown
 * @param appId             the AppID, which encrypted messages end with; {@code null} when not set
 * @param encodingAesKey    the EncodingAESKey for encrypted mode; {@code null} when not set; never shown
 * @param autoReply         the passive reply to every text message; {@code null} to answer {@code success}
 */
record ServerSettings(String channelInstanceId, String token, String appId, String encodingAesKey, String autoReply) {

    static final String TOKEN = "token";
    static final String ENCODING_AES_KEY = "encoding-aes-key";
    static final String AUTO_REPLY = "auto-reply";

    /** @throws IllegalStateException when the token is missing */
    static ServerSettings of(ChannelContext context) {
        return new ServerSettings(context.channelInstanceId(), context.setting(TOKEN),
                context.optionalSetting(ApiSettings.APP_ID).map(String::strip).orElse(null),
                context.optionalSetting(ENCODING_AES_KEY).map(String::strip).orElse(null),
                context.optionalSetting(AUTO_REPLY).orElse(null));
    }

    /**
     * The cipher for encrypted mode (安全模式).
     *
     * @throws IllegalStateException naming the key (never the value) when encrypted mode is not configured
     */
    MessageCipher cipher() {
        if (encodingAesKey == null) {
            throw missing(ENCODING_AES_KEY);
        }
        if (appId == null) {
            throw missing(ApiSettings.APP_ID);
        }
        try {
            return new MessageCipher(encodingAesKey, appId);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("channel " + channelInstanceId + ": setting '" + ENCODING_AES_KEY
                    + "' is not a 43-character EncodingAESKey");
        }
    }

    @Override
    public String toString() {
        return "ServerSettings[channel=" + channelInstanceId + ", appId=" + appId + ", encrypted="
                + (encodingAesKey != null) + ", autoReply=" + (autoReply != null) + "]";
    }

    private IllegalStateException missing(String key) {
        return new IllegalStateException("channel " + channelInstanceId + " is missing its setting '" + key
                + "', which encrypted mode needs");
    }
}
