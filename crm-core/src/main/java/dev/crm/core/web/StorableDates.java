package dev.crm.core.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and instants in request bodies must lie in the years 1 to 9999. Java reads
 * {@code +999999999-12-31T23:59:59Z} happily, but a BSON date (milliseconds since the epoch in a
 * long) cannot hold it, so such a value used to pass validation and fail only when the record was
 * saved, as a 500. Refused while reading, it is a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StorableDates {

    static final Instant EARLIEST = LocalDate.of(1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    static final Instant LATEST = LocalDate.of(10_000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    @Bean
    JacksonModule storableDatesModule() {
        return new SimpleModule("storable-dates").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                boolean temporal = type == Instant.class || type == LocalDate.class || type == LocalDateTime.class
                        || type == OffsetDateTime.class || type == ZonedDateTime.class;
                return temporal ? new InRange(deserializer) : deserializer;
            }
        });
    }

    private static final class InRange extends DelegatingDeserializer {

        InRange(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            Object value = super.deserialize(parser, context);
            Instant instant = instantOf(value);
            if (instant != null && (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST))) {
                return context.handleWeirdStringValue(handledType(), String.valueOf(value),
                        "must be between the years 1 and 9999");
            }
            return value;
        }

        private static Instant instantOf(Object value) {
            if (value instanceof Instant instant) {
                return instant;
            }
            if (value instanceof LocalDate date) {
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (value instanceof LocalDateTime dateTime) {
                return dateTime.toInstant(ZoneOffset.UTC);
            }
            if (value instanceof OffsetDateTime dateTime) {
                return dateTime.toInstant();
            }
            if (value instanceof ZonedDateTime dateTime) {
                return dateTime.toInstant();
            }
            return null;
        }
    }
}
