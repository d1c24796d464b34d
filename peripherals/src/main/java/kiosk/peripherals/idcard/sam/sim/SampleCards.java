package kiosk.peripherals.idcard.sam.sim;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import kiosk.peripherals.idcard.ForeignPermanentResidenceCard;
import kiosk.peripherals.idcard.IdNumber;
import kiosk.peripherals.idcard.IdNumberException;
import kiosk.peripherals.idcard.Nation;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.Sex;
import kiosk.peripherals.idcard.Validity;
import kiosk.peripherals.idcard.WltPhoto;

/**
 * The demo residents (identical to the backend stub's seed) and one foreigner's permanent residence
 * card. Photos are deterministic filler bytes standing in for WLT data, which stays opaque anyway.
 */
public final class SampleCards {

    private SampleCards() {
    }

    public static ResidentIdCard zhangWei() {
        return resident("张伟", Sex.MALE, Nation.HAN, LocalDate.of(1985, 3, 15), "北京市东城区南池子大街12号",
                "110101198503151235", "北京市公安局东城分局",
                Validity.between(LocalDate.of(2015, 6, 1), LocalDate.of(2035, 6, 1)));
    }

    public static ResidentIdCard liNa() {
        return resident("李娜", Sex.FEMALE, Nation.HAN, LocalDate.of(1992, 7, 8), "广东省深圳市福田区福华路88号",
                "440304199207082467", "深圳市公安局福田分局",
                Validity.between(LocalDate.of(2012, 7, 10), LocalDate.of(2032, 7, 10)));
    }

    /**
     * 王𫓧明: 𫓧 is U+2B4E7, outside the BMP. The shared demo data give his nation as code "03"
     * (labelled 满 there); the card carries code 03, identical to the backend stub's seed, which
     * GB 3304 names 回 (满 would be 11).
     */
    public static ResidentIdCard wangMing() {
        return resident("王\uD86D\uDCE7明", Sex.MALE, Nation.HUI, LocalDate.of(1960, 11, 1), "江苏省张家港市杨舍镇人民路5号",
                "320583196011010053", "张家港市公安局", Validity.longTerm(LocalDate.of(2010, 1, 1)));
    }

    /** 刘䶮: 䶮 is U+4DAE (CJK Extension A). */
    public static ResidentIdCard liuYan() {
        return resident("刘\u4DAE", Sex.MALE, Nation.HAN, LocalDate.of(2008, 2, 29), "北京市朝阳区建国路1号",
                "110105200802290011", "北京市公安局朝阳分局",
                Validity.between(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1)));
    }

    /** A foreigner's permanent residence card ('I' layout). */
    public static ForeignPermanentResidenceCard foreignResident() {
        return new ForeignPermanentResidenceCard("MUSTERMANN, ERIKA", "穆斯特曼", Sex.FEMALE, "DEU116408120012", "DEU",
                LocalDate.of(1964, 8, 12), Validity.between(LocalDate.of(2018, 5, 1), LocalDate.of(2028, 5, 1)),
                "02", "1100", photo("DEU116408120012"));
    }

    public static List<ResidentIdCard> demoResidents() {
        return List.of(zhangWei(), liNa(), wangMing(), liuYan());
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
