package org.chmlfrp.bot.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The type of a command parameter: how a raw value is checked and converted. Closed set, read by adapters. */
public sealed interface ParamType
        permits ParamType.Text, ParamType.Int, ParamType.Port, ParamType.Choice, ParamType.Bool {

    /** The converted value, or empty when {@code raw} is not of this type. */
    Optional<Object> parse(String raw);

    /** The i18n key naming what is expected (for usage errors). */
    String expectationKey();

    Text TEXT = new Text();
    Port PORT = new Port();
    Bool BOOL = new Bool();

    static Int integer(int min, int max) {
        return new Int(min, max);
    }

    static Choice choice(String... choices) {
        return new Choice(List.of(choices));
    }

    record Text() implements ParamType {
        @Override
        public Optional<Object> parse(String raw) {
            return raw == null || raw.isEmpty() ? Optional.empty() : Optional.of(raw);
        }

        @Override
        public String expectationKey() {
            return "param.expect.text";
        }
    }

    record Int(int min, int max) implements ParamType {
        @Override
        public Optional<Object> parse(String raw) {
            try {
                int v = Integer.parseInt(raw.trim());
                return v >= min && v <= max ? Optional.of(v) : Optional.empty();
            } catch (NumberFormatException | NullPointerException e) {
                return Optional.empty();
            }
        }

        @Override
        public String expectationKey() {
            return "param.expect.int";
        }
    }

    /** A TCP/UDP port, 1–65535. */
    record Port() implements ParamType {
        @Override
        public Optional<Object> parse(String raw) {
            return new Int(1, 65535).parse(raw);
        }

        @Override
        public String expectationKey() {
            return "param.expect.port";
        }
    }

    /** One of fixed words, any case; the value is the declared spelling. */
    record Choice(List<String> choices) implements ParamType {
        public Choice {
            choices = List.copyOf(choices);
        }

        @Override
        public Optional<Object> parse(String raw) {
            if (raw == null) {
                return Optional.empty();
            }
            return choices.stream()
                    .filter(c -> c.equalsIgnoreCase(raw.trim()))
                    .findFirst()
                    .map(c -> c);
        }

        @Override
        public String expectationKey() {
            return "param.expect.choice";
        }
    }

    /** true/false, also yes/no, on/off, 1/0, 是/否, 开/关. */
    record Bool() implements ParamType {
        @Override
        public Optional<Object> parse(String raw) {
            if (raw == null) {
                return Optional.empty();
            }
            return switch (raw.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "on", "1", "是", "开", "开启" -> Optional.of(Boolean.TRUE);
                case "false", "no", "n", "off", "0", "否", "关", "关闭" -> Optional.of(Boolean.FALSE);
                default -> Optional.empty();
            };
        }

        @Override
        public String expectationKey() {
            return "param.expect.bool";
        }
    }
}
