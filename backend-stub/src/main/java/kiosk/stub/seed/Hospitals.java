package kiosk.stub.seed;

import java.util.List;
import kiosk.stub.seed.Stations.Text;

/** Hospitals approved for drivers' health checks; their results reach the police online (驾驶人体检信息联网). */
public final class Hospitals {

    /** An approved hospital. */
    public record Hospital(String code, Text name) {
    }

    public static final List<Hospital> ALL = List.of(
            new Hospital("SXRMYY", new Text("绍兴市人民医院", "紹興市人民醫院", "Shaoxing People's Hospital")),
            new Hospital("SXZXYY", new Text("绍兴市中心医院", "紹興市中心醫院", "Shaoxing Central Hospital")),
            new Hospital("ZJRMYY", new Text("诸暨市人民医院", "諸暨市人民醫院", "Zhuji People's Hospital")));

    private Hospitals() {
    }

    public static Text name(String code) {
        return ALL.stream().filter(h -> h.code().equals(code)).findFirst().map(Hospital::name).orElse(new Text(code, code, code));
    }
}
