package org.chmlfrp.bot.testkit.onebot;

/**
 * How a message event carries its {@code message} field (OneBot v11 {@code message/}):
 * an array of segments or one CQ-code string. {@code raw_message} is always the CQ string.
 */
public enum MessageFormat {
    /** {@code [{"type":"text","data":{"text":"hi"}}, ...]}: what NapCat and Lagrange send by default. */
    ARRAY,
    /** {@code "hi[CQ:at,qq=10000]"}, escaped per {@code message/string.md}. */
    STRING
}
