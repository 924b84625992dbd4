package dev.crm.customer.domain;

import dev.crm.customer.api.AgeBand;
import dev.crm.customer.api.CityTier;
import dev.crm.customer.api.ContactChannel;
import dev.crm.customer.api.Gender;
import dev.crm.customer.api.IncomeBand;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.RiskFlag;
import dev.crm.customer.api.ValueTier;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a segment rule can test: profile fields, value tier and stage, RFM and CLV figures —
 * each with the stored path it reads and the kind of value it holds.
 */
public enum SegmentField {
    REGION("region", "region", Type.TEXT, null),
    CITY_TIER("cityTier", "cityTier", Type.CHOICE, CityTier.class),
    INDUSTRY("industry", "industry", Type.TEXT, null),
    AGE_BAND("ageBand", "ageBand", Type.CHOICE, AgeBand.class),
    GENDER("gender", "gender", Type.CHOICE, Gender.class),
    INCOME_BAND("incomeBand", "incomeBand", Type.CHOICE, IncomeBand.class),
    TAG("tag", "tags", Type.TEXT, null),
    RISK_FLAG("riskFlag", "riskFlags", Type.CHOICE, RiskFlag.class),
    PREFERRED_CHANNEL("preferredChannel", "preferredChannel", Type.CHOICE, ContactChannel.class),
    CONSENT("consent", "consents", Type.CHOICE, ContactChannel.class),
    TIER("tier", "value.tier", Type.CHOICE, ValueTier.class),
    STAGE("stage", "value.stage", Type.CHOICE, LifecycleStage.class),
    RECENCY_SCORE("recencyScore", "value.rfm.recencyScore", Type.NUMBER, null),
    FREQUENCY_SCORE("frequencyScore", "value.rfm.frequencyScore", Type.NUMBER, null),
    MONETARY_SCORE("monetaryScore", "value.rfm.monetaryScore", Type.NUMBER, null),
    RECENCY_DAYS("recencyDays", "value.rfm.recencyDays", Type.NUMBER, null),
    ORDERS("orders", "value.orders", Type.NUMBER, null),
    HISTORIC_CLV("historicClv", "value.historicClv", Type.MONEY, null),
    PREDICTED_CLV("predictedClv", "value.prediction.discountedClv", Type.MONEY, null),
    PROBABILITY_ALIVE("probabilityAlive", "value.prediction.probabilityAlive", Type.NUMBER, null);

    public enum Type {
        TEXT, CHOICE, NUMBER, MONEY
    }

    private final String apiName;
    private final String path;
    private final Type type;
    private final Class<? extends Enum<?>> choices;

    SegmentField(String apiName, String path, Type type, Class<? extends Enum<?>> choices) {
        this.apiName = apiName;
        this.path = path;
        this.type = type;
        this.choices = choices;
    }

    public static Optional<SegmentField> byApiName(String name) {
        return Arrays.stream(values()).filter(field -> field.apiName.equals(name)).findFirst();
    }

    public String apiName() {
        return apiName;
    }

    public String path() {
        return path;
    }

    public Type type() {
        return type;
    }

    /** Whether {@code value} is one of this field's choices (for CHOICE fields). */
    public boolean allows(String value) {
        return choices != null && Arrays.stream(choices.getEnumConstants()).anyMatch(c -> c.name().equals(value));
    }
}
