package org.chmlfrp.bot.core.chmlfrp.model;

/**
 * The four GeeTest v4 fields {@code /qiandao} and {@code /sendmailcode} want. A chat cannot
 * solve the captcha, so the bot only forwards a proof when it has one.
 */
public record GeeTestProof(String lotNumber, String captchaOutput, String passToken, String genTime) {}
