package kiosk.app.admin;

import java.time.Duration;
import java.util.List;

/** The devices as admin mode sees them: their status and the three staff tests. Blocking: call off the FX thread. */
public interface AdminDevices {

    /** One device's line on the device screen. */
    record DeviceRow(String id, String kind, String state, String summary, boolean usable) {
    }

    /** A test's outcome as a staff bundle key and its arguments (personal data already masked). */
    record TestResult(boolean ok, String key, List<String> args) {
        public TestResult {
            args = List.copyOf(args);
        }

        public static TestResult of(boolean ok, String key, Object... args) {
            return new TestResult(ok, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    List<DeviceRow> devices();

    TestResult testPrint(String deviceId);

    TestResult testCardRead(Duration wait);

    TestResult testScan(Duration wait);
}
