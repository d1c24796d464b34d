package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kiosk.stub.db.Database;
import kiosk.stub.db.Sql;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file database seeded by an older version of the stub (the Beijing seed) is rebuilt at start (a current one is
 * kept: LifecycleAndLoggingTest.storedResponsesSurviveARestartOnTheFileDatabase).
 */
class SeedUpgradeTest {

    @Test
    void anOlderSeedIsReplaced(@TempDir Path dir) {
        String location = dir.resolve("stub").toString();
        StubSettings settings = StubSettings.builder().port(0).db(location).generatedResidents(0).build();
        try (BackendStub stub = BackendStub.start(settings)) {
            new StubClient(stub.baseUrl()).mutate("/api/v1/household/certificates", "{\"residentId\":\"R-000001\",\"purpose\":\"OTHER\"}");
        }
        try (Database db = Database.open(location)) {
            db.inTransaction(c -> Sql.update(c, "UPDATE seed_info SET version = 'beijing-0'"));
        }
        try (BackendStub stub = BackendStub.start(settings)) {
            StubClient client = new StubClient(stub.baseUrl());
            assertThat(client.query("/api/v1/applications/query", "{\"residentId\":\"R-000001\",\"type\":\"HOUSEHOLD_CERTIFICATE\"}")
                    .json().get("applications")).as("rebuilt: the certificate is gone").isEmpty();
        }
        try (Database db = Database.open(location)) {
            assertThat(db.inTransaction(Seeder::isCurrent)).isTrue();
        }
    }
}
