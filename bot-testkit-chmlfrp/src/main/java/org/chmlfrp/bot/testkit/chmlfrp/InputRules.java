package org.chmlfrp.bot.testkit.chmlfrp;

import java.util.regex.Pattern;

/** Format rules the API states for user input, with its messages. */
final class InputRules {

    static final String PASSWORD_RULE = "密码不符合要求，长度在6到48个字符之间，并且至少包含字母、数字和符号中的两种。";
    static final String BAD_MAIL = "邮箱格式错误";
    static final String BAD_QQ = "QQ号格式错误，应为5到11位数字";
    static final String NEED_CAPTCHA = "请先完成人机验证";

    private static final Pattern MAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final Pattern QQ = Pattern.compile("^[1-9][0-9]{4,10}$");
    private static final String[] GEETEST_FIELDS = {"lot_number", "captcha_output", "pass_token", "gen_time"};

    private InputRules() {}

    /** 6–48 characters with at least two of: letters, digits, symbols. */
    static boolean passwordOk(String password) {
        if (password.length() < 6 || password.length() > 48) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                letter = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0) >= 2;
    }

    static void requirePassword(String password) {
        if (!passwordOk(password)) {
            throw ApiError.badRequest(PASSWORD_RULE);
        }
    }

    static boolean mailOk(String mail) {
        return MAIL.matcher(mail.trim()).matches();
    }

    static boolean qqOk(String qq) {
        return QQ.matcher(qq.trim()).matches();
    }

    /** The four GeeTest v4 fields must all be present, or {@code 400 请先完成人机验证}. */
    static void requireCaptcha(ApiRequest request) {
        for (String field : GEETEST_FIELDS) {
            if (!request.has(field)) {
                throw ApiError.badRequest(NEED_CAPTCHA);
            }
        }
    }

    static boolean httpUrl(String url) {
        String u = url.trim();
        return u.matches("(?i)^https?://[^\\s/?#]+[^\\s]*$");
    }
}
