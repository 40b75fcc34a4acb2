/*
 * Prints key -> partition vectors computed by the Kafka Java client, for the partitioner unit test
 * (test/unit/kafka/partitioner.test.ts).
 *
 *   npx tsx scripts/kafka.ts download        # prints the directory holding the Kafka jars
 *   java -cp '<dir>/libs/*' scripts/partition-vectors.java
 *
 * Only kafka-clients-<version>.jar and slf4j-api-<version>.jar are needed (Utils logs through
 * slf4j), so `-cp <dir>/libs/kafka-clients-4.1.1.jar:<dir>/libs/slf4j-api-1.7.36.jar` works too.
 *
 * Each vector gives the stored key bytes (hex), Utils.murmur2 of them, and the partition the Java
 * producer picks for a keyed record (BuiltInPartitioner.partitionForKey, which is
 * toPositive(murmur2(key)) % numPartitions) for several partition counts. Keys marked "json" are
 * the UTF-8 JSON text the json embedded format stores, quotes included.
 */
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.utils.Utils;

public class PartitionVectors {
    static final int[] PARTITION_COUNTS = {1, 2, 3, 7, 12, 100};

    record Key(String kind, String label, byte[] bytes) {}

    static Key text(String kind, String text) {
        return new Key(kind, text, text.getBytes(StandardCharsets.UTF_8));
    }

    static Key bytes(String label, int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return new Key("binary", label, out);
    }

    static String hex(byte[] data) {
        StringBuilder sb = new StringBuilder();
        for (byte b : data) sb.append(String.format("%02x", b & 0xff));
        return sb.toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '\'') sb.append('\\');
            sb.append(c);
        }
        return sb.append('\'').toString();
    }

    /** The client version, read from the jar without starting its logging. */
    static String clientVersion() throws Exception {
        Properties props = new Properties();
        try (InputStream in = Utils.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            if (in != null) props.load(in);
        }
        return props.getProperty("version", "unknown");
    }

    public static void main(String[] args) throws Exception {
        List<Key> keys = new ArrayList<>();
        keys.add(bytes("empty key (zero bytes, not null)"));
        keys.add(bytes("one zero byte", 0x00));
        keys.add(bytes("one 0xff byte", 0xff));
        keys.add(bytes("two bytes", 0x80, 0x7f));
        keys.add(bytes("three bytes", 0xde, 0xad, 0xbe));
        keys.add(bytes("four bytes", 0x00, 0x01, 0x02, 0x03));
        keys.add(bytes("five bytes", 0xde, 0xad, 0xbe, 0xef, 0x01));
        keys.add(bytes("eight high bytes", 0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, 0xf8));
        keys.add(bytes("eleven bytes", 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xa0, 0xb0));
        keys.add(text("binary", "order-1001"));
        keys.add(text("binary", "user-42"));
        keys.add(text("binary", "The quick brown fox jumps over the lazy dog"));
        keys.add(text("json", "\"order-1001\""));
        keys.add(text("json", "\"user-42\""));
        keys.add(text("json", "\"k\""));
        keys.add(text("json", "\"\""));
        keys.add(text("json", "0"));
        keys.add(text("json", "42"));
        keys.add(text("json", "-1"));
        keys.add(text("json", "3.25"));
        keys.add(text("json", "9007199254740991"));
        keys.add(text("json", "true"));
        keys.add(text("json", "\"h\u00e9llo\""));
        keys.add(text("json", "\"\u65e5\u672c\u8a9e\""));
        keys.add(text("json", "\"\ud83d\ude00\""));
        keys.add(text("json", "{\"id\":7,\"region\":\"eu\"}"));
        keys.add(text("json", "[\"order\",1002]"));

        System.out.println("// kafka-clients " + clientVersion());
        for (Key k : keys) {
            StringBuilder line = new StringBuilder("  { kind: '").append(k.kind()).append("', ");
            line.append("label: ").append(quote(k.label())).append(", ");
            line.append("hex: '").append(hex(k.bytes())).append("', ");
            line.append("murmur2: ").append(Utils.murmur2(k.bytes())).append(", ");
            line.append("partitions: { ");
            for (int i = 0; i < PARTITION_COUNTS.length; i++) {
                int n = PARTITION_COUNTS[i];
                int p = BuiltInPartitioner.partitionForKey(k.bytes(), n);
                if (p != Utils.toPositive(Utils.murmur2(k.bytes())) % n) throw new AssertionError("partitioner mismatch");
                line.append(n).append(": ").append(p).append(i + 1 < PARTITION_COUNTS.length ? ", " : " ");
            }
            line.append("} },");
            System.out.println(line);
        }
    }
}
