package kiosk.stub.seed;

import java.util.Map;

/** Traffic offences the seed uses, with their fine, penalty points and description in three languages. */
public enum Offence {
    PARKING(20_000, 0, "违反规定停放机动车", "違反規定停放機動車", "Illegal parking"),
    SPEEDING_UNDER_20(20_000, 3, "超过规定时速未达20%", "超過規定時速未達20%", "Speeding less than 20% over the limit"),
    RED_LIGHT(20_000, 6, "驾驶机动车违反道路交通信号灯通行", "駕駛機動車違反道路交通號誌通行", "Running a red light"),
    NO_SEATBELT(5_000, 1, "驾驶人未按规定使用安全带", "駕駛人未按規定使用安全帶", "Driver not wearing a seat belt"),
    PHONE_WHILE_DRIVING(20_000, 3, "驾车时有拨打接听手持电话等行为", "駕車時有撥打接聽手持電話等行為", "Using a hand-held phone while driving"),
    SPEEDING_OVER_50(200_000, 12, "超过规定时速50%以上", "超過規定時速50%以上", "Speeding 50% or more over the limit");

    private final long fineCents;
    private final int points;
    private final Map<String, String> description;

    Offence(long fineCents, int points, String zhCn, String zhTw, String en) {
        this.fineCents = fineCents;
        this.points = points;
        this.description = Map.of("zh-CN", zhCn, "zh-TW", zhTw, "en", en);
    }

    public long fineCents() {
        return fineCents;
    }

    public int points() {
        return points;
    }

    public Map<String, String> description() {
        return description;
    }
}
