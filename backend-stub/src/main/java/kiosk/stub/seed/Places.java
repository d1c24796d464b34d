package kiosk.stub.seed;

import java.util.Map;

/**
 * The places where the seeded violations happened, in every kiosk language: Traditional characters for
 * zh-TW, and in English the road-sign pinyin of Chinese place names (GB 17733: "Jiefang Beilu"), never
 * characters or invented translations; short enough for a screen line (a junction as "Jiefang Beilu /
 * Shengli Xilu", a section by its road alone). A place the table does not know keeps its Chinese name in every language (the stub seeds
 * none: PlacesInEveryLanguageTest).
 */
public final class Places {

    private static final Map<String, Stations.Text> KNOWN = Map.ofEntries(
            place("解放北路与胜利西路交叉口", "解放北路與勝利西路交叉口", "Jiefang Beilu / Shengli Xilu"),
            place("二环北路（越东路至解放北路段）", "二環北路（越東路至解放北路段）", "Erhuan Beilu"),
            place("中兴中路", "中興中路", "Zhongxing Zhonglu"),
            place("群贤路与柯桥大道交叉口", "群賢路與柯橋大道交叉口", "Qunxian Lu / Keqiao Dadao"),
            place("人民中路与中兴中路交叉口", "人民中路與中興中路交叉口", "Renmin Zhonglu / Zhongxing Zhonglu"),
            place("中兴中路与人民中路交叉口", "中興中路與人民中路交叉口", "Zhongxing Zhonglu / Renmin Zhonglu"),
            place("杭甬高速绍兴段K148", "杭甬高速紹興段K148", "Hangyong Expressway km 148"),
            place("越东路与凤林西路交叉口", "越東路與鳳林西路交叉口", "Yuedong Lu / Fenglin Xilu"),
            place("二环北路越东路口", "二環北路越東路口", "Erhuan Beilu at Yuedong Lu"),
            place("人民中路鲁迅故里段", "人民中路魯迅故里段", "Renmin Zhonglu (Lu Xun Guli)"),
            place("329国道柯桥段", "329國道柯橋段", "G329, Keqiao"));

    private Places() {
    }

    /** The place in zh-CN, zh-TW and en. */
    public static Map<String, String> of(String location) {
        Stations.Text text = KNOWN.get(location);
        return (text != null ? text : new Stations.Text(location, location, location)).map();
    }

    private static Map.Entry<String, Stations.Text> place(String zhCn, String zhTw, String en) {
        return Map.entry(zhCn, new Stations.Text(zhCn, zhTw, en));
    }
}
