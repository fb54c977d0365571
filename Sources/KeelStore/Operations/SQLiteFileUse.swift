import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether another process has a SQLite file open in write-ahead-log mode.
///
/// Every connection to a WAL database holds a shared lock on one byte of the `-shm` file (the
/// "DMS" byte, offset 128 in SQLite's unix VFS) for as long as it is open; asking the kernel
/// whether an exclusive lock on that byte would be granted names the process holding it,
/// without taking any lock. A server on another machine sharing the file over a network file
/// system is not seen, and a database in rollback-journal mode leaves no such lock between
/// statements — so the README still says to stop the server first.
enum SQLiteFileUse {
    /// The process id of a process holding the database open, if one is found.
    static func holder(of databasePath: String) -> pid_t? {
        let shm = databasePath + "-shm"
        let descriptor = open(shm, O_RDWR)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 128
        lock.l_len = 1
        guard fcntl(descriptor, F_GETLK, &lock) == 0, lock.l_type != Int16(F_UNLCK) else { return nil }
        return lock.l_pid
    }
}
