package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GaussHypergeometricTest {

    @ParameterizedTest
    @ValueSource(doubles = {-5, -0.9, -0.3, 1e-6, 0.2, 0.5, 0.9, 0.99, 0.9999})
    void logarithmClosedForm(double z) {
        double expected = -Math.log1p(-z) / z;

        assertThat(GaussHypergeometric.value(1, 1, 2, z)).isCloseTo(expected, within(1e-13 * Math.abs(expected)));
    }

    @ParameterizedTest
    @CsvSource({"2.5, 1.3, 0.99", "0.3, 4.0, 0.5", "7.25, 0.8, -0.7", "1.1, 2.2, 0.9999"})
    void powerClosedFormWhenCEqualsB(double a, double b, double z) {
        double expected = Math.pow(1 - z, -a);

        assertThat(GaussHypergeometric.value(a, b, b, z)).isCloseTo(expected, within(1e-13 * expected));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 0.9, 0.995})
    void arcsineClosedForm(double x) {
        double expected = Math.asin(x) / x;

        assertThat(GaussHypergeometric.value(0.5, 0.5, 1.5, x * x)).isCloseTo(expected, within(1e-13 * expected));
    }

    /** Reference values from mpmath.hyp2f1 at 30 digits. */
    @ParameterizedTest
    @CsvSource({
            "2.5, 1.3, 0.7, 0.99, 3770047.75268775436569638851818",
            "0.3, -0.2, 1.7, 0.999, 0.951510879675908367461927858733",
            "1.5, 2.5, 1.2, 0.995, 3618724.14764866302612335639547",
            "0.8, 1.9, 4.5, 0.9999, 1.81662319844480855381804343165",
            "2.0, 3.0, 1.5, -3.0, -0.00541573138570860813892876484915",
            "0.25, 2.4, 3.2, 0.95, 1.48651354885550446472036277465",
            "30.25, 32.4, 33.2, 0.95, 2.22236006887778320148828851725e+38"})
    void matchesHighPrecisionReferenceNearOneAndBelowZero(double a, double b, double c, double z, double expected) {
        assertThat(GaussHypergeometric.value(a, b, c, z)).isCloseTo(expected, within(1e-11 * Math.abs(expected)));
    }

    @Test
    void polynomialCaseTerminates() {
        // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
        double b = 1.5;
        double c = 2.5;
        double z = 0.999999;

        assertThat(GaussHypergeometric.value(-2, b, c, z))
                .isCloseTo(1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1)), within(1e-14));
    }

    @Test
    void rejectsArgumentsOutsideItsDomain() {
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaussHypergeometric.value(Double.NaN, 1, 2, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesRatherThanReturningAnInaccurateValueExtremelyCloseToOne() {
        assertThatThrownBy(() -> GaussHypergeometric.value(0.5, 0.5, 1.5, 1 - 1e-9))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("did not converge");
    }
}
