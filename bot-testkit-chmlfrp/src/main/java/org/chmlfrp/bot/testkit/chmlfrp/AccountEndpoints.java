package org.chmlfrp.bot.testkit.chmlfrp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Account endpoints: {@code /login} (GET and POST), {@code /sendmailcode}, {@code /register}, {@code /userinfo},
 * {@code /retoken}, {@code /qiandao}, {@code /qiandao_info}, {@code /reset_password},
 * {@code /update_username}, {@code /update_qq}, {@code /update_userimg}.
 */
final class AccountEndpoints {

    private static final String REGISTER = "register";
    private static final String RETOKEN = "retoken";

    private final FakeState state;
    private final ServerOptions options;
    private final Auth auth;

    AccountEndpoints(FakeState state, ServerOptions options) {
        this.state = state;
        this.options = options;
        this.auth = new Auth(state);
    }

    void register(Router router) {
        router.get("/login", this::login)
                .post("/login", this::login)
                .post("/sendmailcode", this::sendMailCode)
                .get("/register", this::registerUser)
                .get("/userinfo", this::userInfo)
                .get("/retoken", this::retoken)
                .post("/qiandao", this::signIn)
                .get("/qiandao_info", this::signInInfo)
                .get("/reset_password", this::resetPassword)
                .get("/update_username", this::updateUsername)
                .get("/update_qq", this::updateQq)
                .get("/update_userimg", this::updateUserImg);
    }

    /**
     * Username, QQ number or email; {@code 用户不存在} / {@code 密码错误} are 401. {@code POST} with
     * a JSON body as the current clients send it, or the document's {@code GET} with a query.
     */
    private ApiResponse login(ApiRequest request) {
        String login = request.required("username", "用户名不能为空").trim();
        String password = request.required("password", "密码不能为空");
        FakeUser user = state.userByLogin(login).orElseThrow(() -> new ApiError(401, "用户不存在"));
        if (!user.password().equals(password)) {
            throw new ApiError(401, "密码错误");
        }
        return ApiResponse.ok("登录成功", userObject(user));
    }

    private ApiResponse sendMailCode(ApiRequest request) {
        if (options.requireCaptcha()) {
            InputRules.requireCaptcha(request);
        }
        String type = request.required("type", "验证码类型不能为空").trim().toLowerCase(Locale.ROOT);
        String mail = request.required("mail", InputRules.BAD_MAIL).trim();
        if (!InputRules.mailOk(mail)) {
            throw ApiError.badRequest(InputRules.BAD_MAIL);
        }
        if (!type.equals(REGISTER) && !type.equals(RETOKEN)) {
            throw ApiError.badRequest("验证码类型错误，仅支持register和retoken");
        }
        return state.locked(w -> {
            boolean registered = w.userByEmail(mail).isPresent();
            if (type.equals(REGISTER) && registered) {
                throw ApiError.badRequest("该邮箱已被注册");
            }
            if (type.equals(RETOKEN) && !registered) {
                throw ApiError.badRequest("该邮箱未注册");
            }
            w.mailCodes().remember(type, mail, w.newMailCode());
            return ApiResponse.ok("发送成功");
        });
    }

    private ApiResponse registerUser(ApiRequest request) {
        String username = request.required("username", "用户名不能为空").trim();
        String password = request.required("password", "密码不能为空");
        String mail = request.required("mail", "邮箱不能为空").trim();
        String qq = request.required("qq", "QQ号不能为空").trim();
        String code = request.required("code", "验证码不能为空").trim();
        if (!InputRules.mailOk(mail)) {
            throw ApiError.badRequest(InputRules.BAD_MAIL);
        }
        return state.locked(w -> {
            if (!w.mailCodes().last(REGISTER, mail).map(code::equals).orElse(false)) {
                throw ApiError.badRequest("验证码错误");
            }
            if (w.userByUsername(username).isPresent()) {
                throw ApiError.badRequest("用户名已存在");
            }
            if (w.userByEmail(mail).isPresent()) {
                throw ApiError.badRequest("该邮箱已被注册");
            }
            InputRules.requirePassword(password);
            if (!InputRules.qqOk(qq)) {
                throw ApiError.badRequest(InputRules.BAD_QQ);
            }
            w.mailCodes().consume(REGISTER, mail);
            w.addUser(FakeUser.builder(w.nextUserId(), username)
                    .password(password)
                    .email(mail)
                    .qq(qq)
                    .token(w.newToken())
                    .regtime(ApiTime.today(w.clock).toString())
                    .build());
            return ApiResponse.ok("注册成功");
        });
    }

    private ApiResponse userInfo(ApiRequest request) {
        return ApiResponse.ok("请求成功", userObject(auth.user(request)));
    }

    /** A given code must be the last retoken code sent to the user's mail; the old token dies at once. */
    private ApiResponse retoken(ApiRequest request) {
        FakeUser user = auth.user(request);
        Optional<String> code = request.text("code").map(String::trim);
        return state.locked(w -> {
            FakeUser current = w.user(user.id());
            if (code.isPresent()) {
                if (!w.mailCodes()
                        .last(RETOKEN, current.email())
                        .map(code.get()::equals)
                        .orElse(false)) {
                    throw ApiError.badRequest("验证码错误");
                }
                w.mailCodes().consume(RETOKEN, current.email());
            }
            w.putUser(current.withToken(w.newToken()));
            return ApiResponse.ok("重置成功");
        });
    }

    private ApiResponse signIn(ApiRequest request) {
        FakeUser user = auth.user(request);
        InputRules.requireCaptcha(request);
        return state.locked(w -> {
            FakeUser current = w.user(user.id());
            LocalDate today = ApiTime.today(w.clock);
            if (signedInOn(current, today)) {
                throw ApiError.badRequest("请勿重复签到");
            }
            int points = w.signInPoints();
            w.putUser(current.toBuilder()
                    .integral(current.integral() + points)
                    .lastSignIn(ApiTime.now(w.clock))
                    .totalSignIns(current.totalSignIns() + 1)
                    .totalSignInPoints(current.totalSignInPoints() + points)
                    .build());
            return ApiResponse.ok("签到成功, 获得" + points + "积分");
        });
    }

    /** {@code count_of_matching_records}: how many users signed in today. */
    private ApiResponse signInInfo(ApiRequest request) {
        FakeUser user = auth.user(request);
        return state.locked(w -> {
            LocalDate today = ApiTime.today(w.clock);
            ObjectNode data = Json.object();
            FakeUser current = w.user(user.id());
            LocalDateTime last = current.lastSignIn();
            data.put("last_sign_in_time", last == null ? null : ApiTime.spring(last, w.clock));
            data.put("total_points", current.totalSignInPoints());
            data.put("total_sign_ins", current.totalSignIns());
            data.put(
                    "count_of_matching_records",
                    w.users().stream().filter(u -> signedInOn(u, today)).count());
            data.put("is_signed_in_today", signedInOn(current, today));
            return ApiResponse.ok("获取成功", data);
        });
    }

    private ApiResponse resetPassword(ApiRequest request) {
        FakeUser user = auth.user(request);
        String original = request.required("original_password", "原密码不能为空");
        String fresh = request.required("new_password", "新密码不能为空");
        if (!user.password().equals(original)) {
            throw ApiError.badRequest("原密码错误");
        }
        InputRules.requirePassword(fresh);
        state.updateUser(user.id(), u -> u.withPassword(fresh));
        return ApiResponse.ok("密码修改成功");
    }

    private ApiResponse updateUsername(ApiRequest request) {
        FakeUser user = auth.user(request);
        String name = request.required("new_username", "新用户名不能为空").trim();
        if (name.length() > 32) {
            throw ApiError.badRequest("用户名长度不能超过32个字符");
        }
        return state.locked(w -> {
            if (w.userByUsername(name).isPresent()) {
                throw ApiError.badRequest("用户名已存在");
            }
            w.putUser(w.user(user.id()).toBuilder().username(name).build());
            return ApiResponse.ok("用户名修改成功");
        });
    }

    private ApiResponse updateQq(ApiRequest request) {
        FakeUser user = auth.user(request);
        String qq = request.required("new_qq", "新QQ号不能为空").trim();
        if (!InputRules.qqOk(qq)) {
            throw ApiError.badRequest(InputRules.BAD_QQ);
        }
        state.updateUser(user.id(), u -> u.toBuilder().qq(qq).build());
        return ApiResponse.ok("QQ修改成功");
    }

    private ApiResponse updateUserImg(ApiRequest request) {
        FakeUser user = auth.user(request);
        String img = request.required("new_userimg", "新头像不能为空").trim();
        if (img.equals(user.userimg())) {
            throw ApiError.badRequest("新头像不能与当前头像相同");
        }
        if (!InputRules.httpUrl(img)) {
            throw new ApiError(400, "无效的链接", "error");
        }
        state.updateUser(user.id(), u -> u.toBuilder().userimg(img).build());
        return ApiResponse.ok("用户头像更新成功");
    }

    private ObjectNode userObject(FakeUser user) {
        return state.locked(w -> ApiShapes.user(w.user(user.id()), w.tunnelsOf(user.id())));
    }

    private static boolean signedInOn(FakeUser user, LocalDate day) {
        return user.lastSignIn() != null && user.lastSignIn().toLocalDate().equals(day);
    }
}
