package kiosk.app.services.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the plate and engine-tail keypads accept before anything is sent to the backend. */
class VehicleInputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"浙D12345", "浙A66K88", "京AD12345", "粤BF1234X", " 浙d 12345 ", "皖L8F123"})
    void platesOfAProvinceAnAuthorityLetterAndFiveOrSixCharactersAreComplete(String plate) {
        assertThat(VehicleInputs.plate(plate)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "浙D1234", "浙D1234567", "D12345", "浙112345", "浙I12345", "浙DO1234", "港D12345", "浙D-12345"})
    void otherPlatesAreNotComplete(String plate) {
        assertThat(VehicleInputs.plate(plate)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123", "23456", "123456", "b12345", "ABCD"})
    void engineTailsOfFourToSixLettersOrDigitsAreComplete(String tail) {
        assertThat(VehicleInputs.engineTail(tail)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "1234567", "12-34", "１２３４"})
    void otherEngineTailsAreNotComplete(String tail) {
        assertThat(VehicleInputs.engineTail(tail)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TJ-3306", "330602202612010001", "ab1234"})
    void healthCheckReferencesOfSixToThirtyTwoCharactersAreComplete(String ref) {
        assertThat(DriverServices.healthCheckRef(ref)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "体检12345", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void otherHealthCheckReferencesAreNotComplete(String ref) {
        assertThat(DriverServices.healthCheckRef(ref)).isFalse();
    }
}
