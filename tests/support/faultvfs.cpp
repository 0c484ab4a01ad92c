// A test-only SQLite VFS that fails like a broken disk, loaded into the real frontline-server
// with LD_PRELOAD by the fault-injection tests (tests/integration/test_faults.cpp).
//
// When the library loads it registers itself as SQLite's default VFS, wrapping the platform's
// own ("unix"): every file the server opens goes through it, and the server needs no option or
// code for it. It reads the file named by FRONTLINE_FAULT_CONTROL before each sync and write:
// "fsync"  every xSync fails (SQLITE_IOERR_FSYNC), as on a disk that lost its cache;
// "full"   every xWrite fails (SQLITE_FULL), as on a full disk;
// anything else, or no file: the real VFS does the work.
// The test switches faults on and off by writing that file while the server runs.
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace {

enum Fault { FaultNone, FaultFsync, FaultFull };

sqlite3_vfs* g_real = nullptr;
const char* g_control = nullptr;

enum Fault currentFault()
{
    if (!g_control)
        return FaultNone;
    const int fd = ::open(g_control, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return FaultNone;
    char text[16] = {};
    const ssize_t size = read(fd, text, sizeof text - 1);
    close(fd);
    if (size >= 5 && strncmp(text, "fsync", 5) == 0)
        return FaultFsync;
    if (size >= 4 && strncmp(text, "full", 4) == 0)
        return FaultFull;
    return FaultNone;
}

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real; // the real VFS's file, allocated right after this struct
};

sqlite3_file* REAL(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

int faultClose(sqlite3_file* f)
{
    return REAL(f)->pMethods->xClose(REAL(f));
}
int faultRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return REAL(f)->pMethods->xRead(REAL(f), buffer, amount, offset);
}
int faultWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (currentFault() == FaultFull)
        return SQLITE_FULL;
    return REAL(f)->pMethods->xWrite(REAL(f), buffer, amount, offset);
}
int faultTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return REAL(f)->pMethods->xTruncate(REAL(f), size);
}
int faultSync(sqlite3_file* f, int flags)
{
    if (currentFault() == FaultFsync)
        return SQLITE_IOERR_FSYNC;
    return REAL(f)->pMethods->xSync(REAL(f), flags);
}
int faultFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return REAL(f)->pMethods->xFileSize(REAL(f), size);
}
int faultLock(sqlite3_file* f, int level)
{
    return REAL(f)->pMethods->xLock(REAL(f), level);
}
int faultUnlock(sqlite3_file* f, int level)
{
    return REAL(f)->pMethods->xUnlock(REAL(f), level);
}
int faultCheckReservedLock(sqlite3_file* f, int* out)
{
    return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}
int faultFileControl(sqlite3_file* f, int op, void* arg)
{
    return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
int faultSectorSize(sqlite3_file* f)
{
    return REAL(f)->pMethods->xSectorSize(REAL(f));
}
int faultDeviceCharacteristics(sqlite3_file* f)
{
    return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}
int faultShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return REAL(f)->pMethods->xShmMap(REAL(f), region, size, extend, out);
}
int faultShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}
void faultShmBarrier(sqlite3_file* f)
{
    REAL(f)->pMethods->xShmBarrier(REAL(f));
}
int faultShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return REAL(f)->pMethods->xShmUnmap(REAL(f), deleteFlag);
}
int faultFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return REAL(f)->pMethods->xFetch(REAL(f), offset, amount, out);
}
int faultUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return REAL(f)->pMethods->xUnfetch(REAL(f), offset, page);
}

const sqlite3_io_methods g_methods = {
    3,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    faultFetch,
    faultUnfetch,
};

int faultOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    static_cast<void>(vfs);
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, wrapper->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so set it only when the real file opened
    // (the real VFS leaves its own pMethods null on failure).
    if (wrapper->real->pMethods)
        wrapper->base.pMethods = &g_methods;
    return rc;
}

int faultDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    static_cast<void>(vfs);
    return g_real->xDelete(g_real, name, syncDir);
}
int faultAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    static_cast<void>(vfs);
    return g_real->xAccess(g_real, name, flags, out);
}
int faultFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    static_cast<void>(vfs);
    return g_real->xFullPathname(g_real, name, size, out);
}
static void* faultDlOpen(sqlite3_vfs* vfs, const char* name)
{
    static_cast<void>(vfs);
    return g_real->xDlOpen(g_real, name);
}
void faultDlError(sqlite3_vfs* vfs, int size, char* out)
{
    static_cast<void>(vfs);
    g_real->xDlError(g_real, size, out);
}
void (*faultDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    static_cast<void>(vfs);
    return g_real->xDlSym(g_real, handle, symbol);
}
void faultDlClose(sqlite3_vfs* vfs, void* handle)
{
    static_cast<void>(vfs);
    g_real->xDlClose(g_real, handle);
}
int faultRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    static_cast<void>(vfs);
    return g_real->xRandomness(g_real, size, out);
}
int faultSleep(sqlite3_vfs* vfs, int microseconds)
{
    static_cast<void>(vfs);
    return g_real->xSleep(g_real, microseconds);
}
int faultCurrentTime(sqlite3_vfs* vfs, double* out)
{
    static_cast<void>(vfs);
    return g_real->xCurrentTime(g_real, out);
}
int faultGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    static_cast<void>(vfs);
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}
int faultCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    static_cast<void>(vfs);
    return g_real->xCurrentTimeInt64(g_real, out);
}

sqlite3_vfs g_vfs;

} // namespace

__attribute__((constructor)) static void registerFaultVfs()
{
    g_control = getenv("FRONTLINE_FAULT_CONTROL");
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return;
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "frontline-fault";
    g_vfs.xOpen = faultOpen;
    g_vfs.xDelete = faultDelete;
    g_vfs.xAccess = faultAccess;
    g_vfs.xFullPathname = faultFullPathname;
    g_vfs.xDlOpen = faultDlOpen;
    g_vfs.xDlError = faultDlError;
    g_vfs.xDlSym = faultDlSym;
    g_vfs.xDlClose = faultDlClose;
    g_vfs.xRandomness = faultRandomness;
    g_vfs.xSleep = faultSleep;
    g_vfs.xCurrentTime = faultCurrentTime;
    g_vfs.xGetLastError = faultGetLastError;
    g_vfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}
