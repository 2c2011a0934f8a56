package org.chmlfrp.bot.core.chmlfrp.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ChmlFrp account as {@code /userinfo} and {@code /login} return it. The API's
 * {@code password} (always null), {@code scgm} and {@code t_token} (always null, meaning
 * undocumented) are not kept.
 *
 * @param tunnelQuota the API's {@code tunnel}: how many tunnels the account may have
 * @param tunnelCount the API's {@code tunnelCount}: how many it has
 * @param userToken   the account's token; a secret, hidden by {@link #toString()}
 */
public record UserInfo(
        int id,
        String username,
        @JsonProperty("userimg") String userImg,
        String qq,
        String email,
        @JsonProperty("usertoken") String userToken,
        @JsonProperty("usergroup") String userGroup,
        int bandwidth,
        @JsonProperty("tunnel") int tunnelQuota,
        int tunnelCount,
        String realname,
        @JsonProperty("login_attempts") int loginAttempts,
        long integral,
        String term,
        @JsonProperty("regtime") String regTime,
        @JsonProperty("realname_count") int realnameCount,
        @JsonProperty("total_download") long totalDownload,
        @JsonProperty("total_upload") long totalUpload,
        int totalCurConns) {

    /** True when the account's group is a paid one (VIP nodes are open to it). */
    public boolean isVip() {
        return userGroup != null && !userGroup.contains("免费");
    }

    @Override
    public String toString() {
        return "UserInfo[id=" + id + ", username=" + username + ", userGroup=" + userGroup + ", userToken="
                + Secrets.mask(userToken) + "]";
    }
}
