package kiosk.peripherals.idcard.sam.sim;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.ForeignPermanentResidenceCard;
import kiosk.peripherals.idcard.HmtResidencePermit;
import kiosk.peripherals.idcard.IdNumber;
import kiosk.peripherals.idcard.IdNumberException;
import kiosk.peripherals.idcard.Nation;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.Sex;
import kiosk.peripherals.idcard.Validity;
import kiosk.peripherals.idcard.WltPhoto;

/**
 * The demo residents of Shaoxing, Zhejiang (identical to the backend stub's seed: names, numbers, dates,
 * addresses), a Hong Kong resident's residence permit and a foreigner's permanent residence card. Photos are
 * deterministic filler bytes standing in for WLT data, which stays opaque anyway.
 */
public final class SampleCards {

    private SampleCards() {
    }

    public static ResidentIdCard zhangWei() {
        return resident("张伟", Sex.MALE, Nation.HAN, LocalDate.of(1985, 3, 15), "浙江省绍兴市越城区解放北路288号",
                "330602198503151256", "绍兴市公安局越城区分局",
                Validity.between(LocalDate.of(2015, 6, 1), LocalDate.of(2035, 6, 1)));
    }

    public static ResidentIdCard liNa() {
        return resident("李娜", Sex.FEMALE, Nation.HAN, LocalDate.of(1992, 7, 8), "浙江省杭州市西湖区文三路90号",
                "330106199207082463", "杭州市公安局西湖区分局",
                Validity.between(LocalDate.of(2012, 7, 10), LocalDate.of(2032, 7, 10)));
    }

    /**
     * 王𫓧明: 𫓧 is U+2B4E7, outside the BMP. The shared demo data give his nation as code "03"
     * (labelled 满 there); the card carries code 03, identical to the backend stub's seed, which
     * GB 3304 names 回 (满 would be 11).
     */
    public static ResidentIdCard wangMing() {
        return resident("王\uD86D\uDCE7明", Sex.MALE, Nation.HUI, LocalDate.of(1960, 11, 1), "浙江省慈溪市浒山街道孙塘北路5号",
                "330282196011010052", "慈溪市公安局", Validity.longTerm(LocalDate.of(2010, 1, 1)));
    }

    /** 刘䶮: 䶮 is U+4DAE (CJK Extension A). */
    public static ResidentIdCard liuYan() {
        return resident("刘\u4DAE", Sex.MALE, Nation.HAN, LocalDate.of(2008, 2, 29), "浙江省绍兴市柯桥区笛扬路1号",
                "330603200802290017", "绍兴市公安局柯桥区分局",
                Validity.between(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1)));
    }

    /** 赵敏: the stub's persona for refusals (12 points, inspection overdue, a counter-only violation). */
    public static ResidentIdCard zhaoMin() {
        return resident("赵敏", Sex.FEMALE, Nation.HAN, LocalDate.of(1990, 1, 1), "浙江省诸暨市暨阳街道浣纱南路20号",
                "330681199001011245", "诸暨市公安局", Validity.between(LocalDate.of(2016, 1, 1), LocalDate.of(2036, 1, 1)));
    }

    /** 陈静: not local; her card expired on 2025-05-05. */
    public static ResidentIdCard chenJing() {
        return resident("陈静", Sex.FEMALE, Nation.HAN, LocalDate.of(1995, 5, 5), "浙江省瑞安市安阳街道万松路3号",
                "330381199505052466", "瑞安市公安局", Validity.between(LocalDate.of(2015, 5, 5), LocalDate.of(2025, 5, 5)));
    }

    /** A foreigner's permanent residence card ('I' layout), holder living in Keqiao. */
    public static ForeignPermanentResidenceCard foreignResident() {
        return new ForeignPermanentResidenceCard("MUSTERMANN, ERIKA", "穆斯特曼", Sex.FEMALE, "DEU336408120012", "DEU",
                LocalDate.of(1964, 8, 12), Validity.between(LocalDate.of(2018, 5, 1), LocalDate.of(2028, 5, 1)),
                "02", "3300", photo("DEU336408120012"));
    }

    /** 陈家豪: a Hong Kong resident's residence permit ('J' layout), issued in Yuecheng. */
    public static HmtResidencePermit hongKongResident() {
        try {
            return new HmtResidencePermit("陈家豪", Sex.MALE, LocalDate.of(1988, 6, 12), "浙江省绍兴市越城区人民中路168号",
                    IdNumber.parse("810000198806120376"), "绍兴市公安局越城区分局",
                    Validity.between(LocalDate.of(2022, 9, 1), LocalDate.of(2027, 9, 1)), "H60123456", 1,
                    photo("810000198806120376"));
        } catch (IdNumberException e) {
            throw new IllegalStateException("sample ID number invalid", e);
        }
    }

    /** The four residents of the team brief. */
    public static List<ResidentIdCard> demoResidents() {
        return List.of(zhangWei(), liNa(), wangMing(), liuYan());
    }

    /** Every card the stub knows, in its resident order (R-000001 ...): what a demo panel offers. */
    public static List<CardIdentity> all() {
        return List.of(zhangWei(), liNa(), wangMing(), liuYan(), zhaoMin(), chenJing(), foreignResident(), hongKongResident());
    }

    /** Deterministic 1024 filler bytes per card, so photos differ between cards. */
    public static WltPhoto photo(String seed) {
        byte[] bytes = new byte[WltPhoto.SIZE];
        new Random(seed.hashCode()).nextBytes(bytes);
        return new WltPhoto(bytes);
    }

    private static ResidentIdCard resident(String name, Sex sex, Nation nation, LocalDate birth, String address,
            String idNumber, String authority, Validity validity) {
        try {
            return new ResidentIdCard(name, sex, nation, birth, address, IdNumber.parse(idNumber), authority, validity,
                    "", photo(idNumber));
        } catch (IdNumberException e) {
            throw new IllegalStateException("sample ID number invalid", e);
        }
    }
}
