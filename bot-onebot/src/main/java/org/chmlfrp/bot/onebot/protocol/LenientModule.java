package org.chmlfrp.bot.onebot.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;

/**
 * OneBot's loose typing, for databind: implementations disagree on types (ids as numbers or
 * strings, a {@code sender} that is a string, a segment list with a stray number in it), so a
 * value of the wrong shape reads as absent — 0 for a number, null otherwise — instead of
 * failing the whole frame. Strings holding numbers and numbers where text is wanted are
 * Jackson's ordinary scalar coercions; this module only handles what those refuse. Malformed
 * JSON still fails.
 */
final class LenientModule extends SimpleModule {
    LenientModule() {
        super("onebot-lenient");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializationProblemHandler(new AbsentWhenMisshapen());
    }

    private static final class AbsentWhenMisshapen extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(
                DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
                throws IOException {
            p.skipChildren();
            return absent(targetType.getRawClass());
        }

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
            return absent(targetType);
        }

        @Override
        public Object handleWeirdNumberValue(
                DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
            return absent(targetType);
        }

        @Override
        public Object handleMissingInstantiator(
                DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts, JsonParser p, String msg)
                throws IOException {
            p.skipChildren();
            return absent(instClass);
        }

        private static Object absent(Class<?> type) {
            return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
        }
    }
}
