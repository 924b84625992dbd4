package dev.crm.channel.wechat;

import java.time.Instant;

/** The XML a push is answered with (被动回复), plain or in encrypted mode's envelope. */
final class PassiveReply {

    private PassiveReply() {
    }

    /** A text reply: to the follower, from the account the push was sent to. */
    static String text(String toOpenid, String fromAccount, Instant now, String content) {
        return "<xml><ToUserName>" + cdata(toOpenid) + "</ToUserName><FromUserName>" + cdata(fromAccount)
                + "</FromUserName><CreateTime>" + now.getEpochSecond() + "</CreateTime><MsgType>" + cdata("text")
                + "</MsgType><Content>" + cdata(content) + "</Content></xml>";
    }

    /** Encrypted mode's envelope around an encrypted reply. */
    static String encrypted(String encrypt, String msgSignature, String timestamp, String nonce) {
        return "<xml><Encrypt>" + cdata(encrypt) + "</Encrypt><MsgSignature>" + cdata(msgSignature)
                + "</MsgSignature><TimeStamp>" + timestamp + "</TimeStamp><Nonce>" + cdata(nonce) + "</Nonce></xml>";
    }

    /**
     * A CDATA section holding {@code text} exactly. "]]>" would end the section early, so it is split
     * across two sections: "]]" ends the first, "&gt;" starts the second.
     */
    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
