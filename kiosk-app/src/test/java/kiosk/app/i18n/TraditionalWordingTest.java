package kiosk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kiosk.stub.http.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The zh-TW texts are written for Hong Kong, Macao and Taiwan: no Simplified-only character (a list from
 * Unihan, test resource simplified-only.txt) and none of the mainland's words where theirs differ. The
 * kiosk's bundle, and the backend-stub's refusals a resident reads in zh-TW.
 */
class TraditionalWordingTest {

    /** Mainland word (in Traditional characters) -> what Hong Kong, Macao and Taiwan readers write. */
    private static final Map<String, String> MAINLAND = new LinkedHashMap<>();

    static {
        MAINLAND.put("窗口", "櫃檯");
        MAINLAND.put("櫃台", "櫃檯");
        MAINLAND.put("聯繫", "聯絡");
        MAINLAND.put("點擊", "點選");
        MAINLAND.put("打印", "列印");
        MAINLAND.put("信息", "資訊 / 訊息");
        MAINLAND.put("網絡", "網路");
        MAINLAND.put("默認", "預設");
        MAINLAND.put("視頻", "影片");
        MAINLAND.put("屏幕", "螢幕");
        MAINLAND.put("二維碼", "QR碼");
        MAINLAND.put("掃碼", "掃描");
        MAINLAND.put("軟件", "軟體");
        MAINLAND.put("登錄", "登入");
        MAINLAND.put("短信", "簡訊");
        MAINLAND.put("數據", "資料");
        MAINLAND.put("質量", "品質");
        MAINLAND.put("激活", "啟用");
        MAINLAND.put("芯片", "晶片");
        MAINLAND.put("界面", "介面");
        MAINLAND.put("設置", "設定");
        MAINLAND.put("菜單", "選單");
        MAINLAND.put("支持", "支援");
        MAINLAND.put("反饋", "回饋");
        MAINLAND.put("配置", "設定");
        MAINLAND.put("身分證", "身份證 (the mainland card's own name; see the bundle's head)");
    }

    /**
     * Characters Unihan also maps to a Traditional form that Traditional texts write in their own right
     * (后 queen beside 後, 台 beside 臺, 系 beside 係): left out of simplified-only.txt.
     */
    static final String OWN_RIGHT = "丑了于云余借克冬冲准几出划制刮千卜卷只台吁合同后向咸回困奸姜家尸干征御志才折斗旋曲朱朴杆松板栗沈注秋系累胡致舍芸范蒙蔑表谷郁采里面症仆幂";

    /** Language names, each in its own script: the zh-TW screens show 简体中文 on the language button. */
    private static final List<String> NAMED_IN_THEMSELVES = List.of("简体中文");

    @Test
    void theListOfSimplifiedCharactersKnowsTheCommonOnes() throws IOException {
        Set<Integer> simplified = simplifiedOnly();
        assertThat(simplified).hasSizeGreaterThan(2000);
        assertThat("这个为们说请证书读过时间".codePoints().boxed().toList()).allMatch(simplified::contains);
        assertThat("後裡臺雲乾這".codePoints().boxed().toList()).noneMatch(simplified::contains);
        assertThat(OWN_RIGHT.codePoints().boxed().toList()).noneMatch(simplified::contains); // Traditional writes these too
    }

    @Test
    void theZhTwBundleHasNoSimplifiedCharacterAndNoMainlandWord() throws IOException {
        ResourceBundle tw = new Messages().bundle(Language.ZH_TW);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : new TreeSet<>(tw.keySet())) {
            texts.put(key, tw.getString(key));
        }
        assertThat(problems(texts)).isEmpty();
        // The same check finds the Simplified bundle's characters: it looks at what it should.
        ResourceBundle cn = new Messages().bundle(Language.ZH_CN);
        Map<String, String> simplified = new LinkedHashMap<>();
        cn.keySet().forEach(key -> simplified.put(key, cn.getString(key)));
        assertThat(problems(simplified)).hasSizeGreaterThan(cn.keySet().size() / 2);
    }

    @Test
    void theStubsRefusalsInZhTwAreWrittenTheSameWay() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Refusal refusal : Refusal.values()) {
            texts.put(refusal.name(), refusal.message().get("zh-TW"));
        }
        assertThat(problems(texts)).isEmpty();
    }

    private static List<String> problems(Map<String, String> texts) throws IOException {
        Set<Integer> simplified = simplifiedOnly();
        List<String> found = new ArrayList<>();
        texts.forEach((key, value) -> {
            String text = value;
            for (String name : NAMED_IN_THEMSELVES) {
                text = text.replace(name, "");
            }
            String chars = text.codePoints().filter(simplified::contains)
                    .mapToObj(Character::toString).collect(Collectors.joining());
            if (!chars.isEmpty()) {
                found.add(key + ": Simplified " + chars + " in " + value);
            }
            for (Map.Entry<String, String> word : MAINLAND.entrySet()) {
                if (text.contains(word.getKey())) {
                    found.add(key + ": " + word.getKey() + " -> " + word.getValue() + " in " + value);
                }
            }
        });
        return found;
    }

    private static Set<Integer> simplifiedOnly() throws IOException {
        try (InputStream in = TraditionalWordingTest.class.getResourceAsStream("simplified-only.txt")) {
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return list.lines().filter(line -> !line.startsWith("#"))
                    .flatMapToInt(String::codePoints).boxed().collect(Collectors.toSet());
        }
    }
}
