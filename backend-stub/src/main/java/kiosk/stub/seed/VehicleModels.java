package kiosk.stub.seed;

import java.util.Map;

/**
 * The seeded vehicles' makes and models in every kiosk language: Traditional characters for zh-TW, the
 * makers' own English names in English (Volkswagen Lavida, BYD Qin). A model the table does not know keeps
 * its recorded name in every language.
 */
public final class VehicleModels {

    private static final Map<String, Stations.Text> KNOWN = Map.ofEntries(
            model("大众 朗逸", "大眾 朗逸", "Volkswagen Lavida"),
            model("丰田 卡罗拉", "豐田 卡羅拉", "Toyota Corolla"),
            model("比亚迪 秦", "比亞迪 秦", "BYD Qin"),
            model("本田 雅阁", "本田 雅閣", "Honda Accord"),
            model("吉利 帝豪", "吉利 帝豪", "Geely Emgrand"),
            model("特斯拉 Model 3", "特斯拉 Model 3", "Tesla Model 3"),
            model("宝马 3系", "寶馬 3系", "BMW 3 Series"));

    private VehicleModels() {
    }

    /** The model in zh-CN, zh-TW and en. */
    public static Map<String, String> of(String model) {
        Stations.Text text = KNOWN.get(model);
        return (text != null ? text : new Stations.Text(model, model, model)).map();
    }

    private static Map.Entry<String, Stations.Text> model(String zhCn, String zhTw, String en) {
        return Map.entry(zhCn, new Stations.Text(zhCn, zhTw, en));
    }
}
