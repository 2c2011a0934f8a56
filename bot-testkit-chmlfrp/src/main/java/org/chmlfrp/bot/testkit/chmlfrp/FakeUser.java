package org.chmlfrp.bot.testkit.chmlfrp;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One ChmlFrp account as the fake keeps it.
 *
 * @param id                ChmlFrp user id
 * @param username          login name (also accepted by {@code /login}: the QQ number and the email)
 * @param password          clear-text password (the API never returns it: {@code "password": null})
 * @param email             mail address
 * @param qq                QQ number as a string
 * @param usergroup         {@code 免费用户} for a free account; anything else counts as VIP
 * @param token             the usertoken
 * @param bandwidth         bandwidth limit in Mbps
 * @param tunnelQuota       how many tunnels the account may have ({@code tunnel} in the API)
 * @param integral          points
 * @param term              expiry date, e.g. {@code 9999-09-09}
 * @param regtime           registration date, e.g. {@code 2023-08-26}
 * @param realname          real-name state, e.g. {@code 已实名} / {@code 未实名}
 * @param userimg           avatar URL
 * @param totalDownload     bytes downloaded in total
 * @param totalUpload       bytes uploaded in total
 * @param lastSignIn        time of the last daily sign-in ({@code qiandao}), or {@code null}
 * @param totalSignIns      number of sign-ins so far
 * @param totalSignInPoints points earned by signing in so far
 */
public record FakeUser(
        int id,
        String username,
        String password,
        String email,
        String qq,
        String usergroup,
        String token,
        int bandwidth,
        int tunnelQuota,
        long integral,
        String term,
        String regtime,
        String realname,
        String userimg,
        long totalDownload,
        long totalUpload,
        LocalDateTime lastSignIn,
        int totalSignIns,
        long totalSignInPoints) {

    /** The user group of a free (non-VIP) account. */
    public static final String FREE_GROUP = "免费用户";

    public FakeUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(usergroup, "usergroup");
        Objects.requireNonNull(token, "token");
    }

    /** True unless the user group is {@value #FREE_GROUP}: VIP nodes are for VIP users only. */
    public boolean isVip() {
        return !FREE_GROUP.equals(usergroup);
    }

    /** A builder with the defaults of a fresh free account. */
    public static Builder builder(int id, String username) {
        return new Builder(id, username);
    }

    /** A builder holding this user's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public FakeUser withToken(String newToken) {
        return toBuilder().token(newToken).build();
    }

    public FakeUser withPassword(String newPassword) {
        return toBuilder().password(newPassword).build();
    }

    /** Builds {@link FakeUser}s; every field has a plausible default. */
    public static final class Builder {
        private int id;
        private String username;
        private String password = "Passw0rd!";
        private String email;
        private String qq = "10000";
        private String usergroup = FREE_GROUP;
        private String token;
        private int bandwidth = 8;
        private int tunnelQuota = 4;
        private long integral;
        private String term = "9999-09-09";
        private String regtime = "2024-01-01";
        private String realname = "未实名";
        private String userimg;
        private long totalDownload;
        private long totalUpload;
        private LocalDateTime lastSignIn;
        private int totalSignIns;
        private long totalSignInPoints;

        private Builder(int id, String username) {
            this.id = id;
            this.username = username;
            this.email = username + "@example.com";
            this.token = "ChmlFrpToken" + id;
        }

        private Builder(FakeUser u) {
            id = u.id;
            username = u.username;
            password = u.password;
            email = u.email;
            qq = u.qq;
            usergroup = u.usergroup;
            token = u.token;
            bandwidth = u.bandwidth;
            tunnelQuota = u.tunnelQuota;
            integral = u.integral;
            term = u.term;
            regtime = u.regtime;
            realname = u.realname;
            userimg = u.userimg;
            totalDownload = u.totalDownload;
            totalUpload = u.totalUpload;
            lastSignIn = u.lastSignIn;
            totalSignIns = u.totalSignIns;
            totalSignInPoints = u.totalSignInPoints;
        }

        public Builder id(int v) {
            id = v;
            return this;
        }

        public Builder username(String v) {
            username = v;
            return this;
        }

        public Builder password(String v) {
            password = v;
            return this;
        }

        public Builder email(String v) {
            email = v;
            return this;
        }

        public Builder qq(String v) {
            qq = v;
            return this;
        }

        public Builder usergroup(String v) {
            usergroup = v;
            return this;
        }

        public Builder token(String v) {
            token = v;
            return this;
        }

        public Builder bandwidth(int v) {
            bandwidth = v;
            return this;
        }

        public Builder tunnelQuota(int v) {
            tunnelQuota = v;
            return this;
        }

        public Builder integral(long v) {
            integral = v;
            return this;
        }

        public Builder term(String v) {
            term = v;
            return this;
        }

        public Builder regtime(String v) {
            regtime = v;
            return this;
        }

        public Builder realname(String v) {
            realname = v;
            return this;
        }

        public Builder userimg(String v) {
            userimg = v;
            return this;
        }

        public Builder totalDownload(long v) {
            totalDownload = v;
            return this;
        }

        public Builder totalUpload(long v) {
            totalUpload = v;
            return this;
        }

        public Builder lastSignIn(LocalDateTime v) {
            lastSignIn = v;
            return this;
        }

        public Builder totalSignIns(int v) {
            totalSignIns = v;
            return this;
        }

        public Builder totalSignInPoints(long v) {
            totalSignInPoints = v;
            return this;
        }

        public FakeUser build() {
            String img = userimg != null ? userimg : "https://q.qlogo.cn/g?b=qq&nk=" + qq + "&s=100";
            return new FakeUser(
                    id,
                    username,
                    password,
                    email,
                    qq,
                    usergroup,
                    token,
                    bandwidth,
                    tunnelQuota,
                    integral,
                    term,
                    regtime,
                    realname,
                    img,
                    totalDownload,
                    totalUpload,
                    lastSignIn,
                    totalSignIns,
                    totalSignInPoints);
        }
    }
}
