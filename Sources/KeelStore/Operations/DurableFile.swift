import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes that survive a power cut: a file's bytes are synced before it is renamed into place,
/// and the folder after, so the new name points at whole contents.
enum DurableFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(description: "\(path): cannot open to sync (errno \(errno))") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Failure(description: "\(path): fsync failed (errno \(errno))") }
    }

    /// Replaces `target` (if any) by `source` in one step, then syncs the folder.
    static func move(_ source: String, over target: String) throws {
        guard rename(source, target) == 0 else {
            throw Failure(description: "cannot rename \(source) to \(target) (errno \(errno))")
        }
        try sync(URL(fileURLWithPath: target).deletingLastPathComponent().path)
    }
}
