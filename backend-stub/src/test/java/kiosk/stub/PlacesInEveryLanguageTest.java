package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every violation, seeded or generated, names its place in every kiosk language: Traditional characters
 * in zh-TW, pinyin in English (an English screen shows no Chinese characters for a road); every vehicle
 * its make and model, in English by the makers' English names.
 */
class PlacesInEveryLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyViolationPlaceHasTraditionalAndPinyinForms() {
        List<JsonNode> places = new ArrayList<>();
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(60).build())) {
            StubClient client = new StubClient(stub.baseUrl());
            for (int i = 1; i <= 66; i++) {
                JsonNode answer = client.query("/api/v1/traffic/violations/query",
                        String.format("{\"residentId\":\"R-%06d\"}", i)).json();
                if (answer.has("violations")) {
                    answer.get("violations").forEach(v -> places.add(v));
                }
            }
        }
        assertThat(places).as("violations found").hasSizeGreaterThan(10);
        for (JsonNode v : places) {
            JsonNode place = v.get("place");
            assertThat(place.get("zh-CN").asText()).isEqualTo(v.get("location").asText());
            assertThat(place.get("en").asText()).as(v.get("location").asText()).isNotBlank().doesNotContainPattern(HAN);
            assertThat(place.get("zh-TW").asText()).as(v.get("location").asText()).doesNotContain("与", "兴", "环", "贤", "桥", "东", "凤", "绍", "鲁", "国");
        }
    }

    @Test
    void everyVehicleModelHasItsEnglishName() {
        List<JsonNode> vehicles = new ArrayList<>();
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(60).build())) {
            StubClient client = new StubClient(stub.baseUrl());
            for (int i = 1; i <= 66; i++) {
                JsonNode answer = client.query("/api/v1/traffic/vehicles/query", String.format("{\"residentId\":\"R-%06d\"}", i)).json();
                if (answer.has("vehicles")) {
                    answer.get("vehicles").forEach(vehicles::add);
                }
            }
        }
        assertThat(vehicles).as("vehicles found").hasSizeGreaterThan(10);
        for (JsonNode v : vehicles) {
            JsonNode name = v.get("modelName");
            assertThat(name.get("zh-CN").asText()).isEqualTo(v.get("model").asText());
            assertThat(name.get("en").asText()).as(v.get("model").asText()).isNotBlank().doesNotContainPattern(HAN);
        }
    }
}
