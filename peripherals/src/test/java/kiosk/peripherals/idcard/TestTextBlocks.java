package kiosk.peripherals.idcard;

import java.nio.charset.StandardCharsets;

/**
 * Builds text blocks by hand at explicit byte offsets, independently of the production layout
 * constants and encoder, so parser tests check the layout rather than echo it.
 */
public final class TestTextBlocks {

    private final byte[] block = new byte[256];

    public TestTextBlocks() {
        for (int i = 0; i < 256; i += 2) {
            block[i] = 0x20;
            block[i + 1] = 0x00;
        }
    }

    public TestTextBlocks put(int offset, int size, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_16LE);
        if (b.length > size) {
            throw new IllegalArgumentException("too long for " + size + " bytes: " + text);
        }
        System.arraycopy(b, 0, block, offset, b.length);
        return this;
    }

    public TestTextBlocks raw(int offset, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            block[offset + i] = (byte) bytes[i];
        }
        return this;
    }

    public byte[] bytes() {
        return block.clone();
    }

    /** Resident card: name 0/30, sex 30/2, nation 32/4, birth 36/16, address 52/70, id 122/36, authority 158/30, from 188/16, to 204/16. */
    public static TestTextBlocks resident(String name, String sex, String nation, String birth, String address,
            String id, String authority, String from, String to) {
        return new TestTextBlocks().put(0, 30, name).put(30, 2, sex).put(32, 4, nation).put(36, 16, birth)
                .put(52, 70, address).put(122, 36, id).put(158, 30, authority).put(188, 16, from).put(204, 16, to);
    }

    public static TestTextBlocks zhangWei() {
        return resident("张伟", "1", "01", "19850315", "北京市东城区南池子大街12号", "110101198503151235",
                "北京市公安局东城分局", "20150601", "20350601");
    }
}
