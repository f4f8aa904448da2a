package news.verbatim.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Holds every request body to {@link InputRules}: exactly one JSON value (nothing after it), strings without
 * control characters, dates as {@code yyyy-MM-dd} strings read strictly (not arrays or numbers, not 2024-02-30).
 * Unknown properties are refused by configuration ({@code quarkus.jackson.fail-on-unknown-properties}).
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        SimpleModule rules = new SimpleModule("verbatim-input-rules");
        rules.addDeserializer(String.class, new CheckedString());
        rules.addDeserializer(LocalDate.class, new StrictDate());
        mapper.registerModule(rules);
    }

    /** After the customisers that register Jackson's own date support, so these readers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** A string, refused when it carries a control character. */
    static final class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                var found = InputRules.controlCharacter(value);
                if (found.isPresent()) {
                    throw new RejectedValueException(p, "must not contain control characters (" + found.get() + ")");
                }
            }
            return value;
        }
    }

    /** A date, only as a {@code yyyy-MM-dd} string of a day that exists. */
    static final class StrictDate extends StdScalarDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new RejectedValueException(p, "must be a date written as a string yyyy-MM-dd");
            }
            String text = p.getText();
            return InputRules.parseDate(text)
                    .orElseThrow(() -> new RejectedValueException(
                            p, "must be a date yyyy-MM-dd, got '" + InputRules.shown(text) + "'"));
        }
    }
}
