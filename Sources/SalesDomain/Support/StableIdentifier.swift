import Foundation

/// A UUID that depends only on a name: FNV-1a over its UTF-8 bytes seeds a ``SeededGenerator``.
/// For records Keel ships rather than someone creates (the default practice library), so that
/// the same record has the same id whether it has been stored yet or not.
public enum StableIdentifier {
    public static func uuid(_ name: String) -> UUID {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var random = SeededGenerator(seed: hash)
        return random.nextUUID()
    }
}
