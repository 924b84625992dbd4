package dev.crm.core.persistence;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * How the shared value types are stored: money as Decimal128 (exact, and comparable in queries,
 * unlike the string default), contact values as plain strings so unique indexes and lookups work
 * on the field itself.
 */
@Configuration(proxyBeanMethods = false)
class MongoValueConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions
                .bigDecimal(BigDecimalRepresentation.DECIMAL128)
                .registerConverters(List.of(new EmailToString(), new StringToEmail(), new PhoneToString(),
                        new StringToPhone())));
    }

    @WritingConverter
    static class EmailToString implements Converter<EmailAddress, String> {
        @Override
        public String convert(EmailAddress source) {
            return source.value();
        }
    }

    @ReadingConverter
    static class StringToEmail implements Converter<String, EmailAddress> {
        @Override
        public EmailAddress convert(String source) {
            return new EmailAddress(source);
        }
    }

    @WritingConverter
    static class PhoneToString implements Converter<PhoneNumber, String> {
        @Override
        public String convert(PhoneNumber source) {
            return source.value();
        }
    }

    @ReadingConverter
    static class StringToPhone implements Converter<String, PhoneNumber> {
        @Override
        public PhoneNumber convert(String source) {
            return new PhoneNumber(source);
        }
    }
}
