package org.chmlfrp.bot.core.chmlfrp.model;

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
        String userImg,
        String qq,
        String email,
        String userToken,
        String userGroup,
        int bandwidth,
        int tunnelQuota,
        int tunnelCount,
        String realname,
        int loginAttempts,
        long integral,
        String term,
        String regTime,
        int realnameCount,
        long totalDownload,
        long totalUpload,
        int totalCurConns) {

    /** True when the account's group is a paid one (VIP nodes are open to it). */
    public boolean isVip() {
        return userGroup != null && !userGroup.contains("免费");
    }

    @Override
    public String toString() {
        return "UserInfo[id=" + id + ", username=" + username + ", userGroup=" + userGroup
                + ", userToken=" + Secrets.mask(userToken) + "]";
    }
}
