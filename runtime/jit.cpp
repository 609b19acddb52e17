/* jit.cpp — C source in, callable functions out (jit.h, docs/architecture.md §5).
 *
 * The one C++ file of kiln. Two ways to turn a C translation unit into code:
 *
 *   ORC (default)   source ──Clang frontend, in-process──▶ ELF object in memory
 *                          ──LLJIT (RTDyld object layer)──▶ functions
 *   driver          source ──/usr/bin/clang-19 -shared (posix_spawn)──▶ .so
 *                          ──dlopen──▶ functions
 *
 * Flags, the same in both modes (clang driver spelling):
 *   -std=c17 <opt> -march=<cpu> -ffp-contract=fast -fopenmp=libomp -fPIC
 *   -gline-tables-only
 * Never -ffast-math: NaNs must still surface. -march=native makes the driver
 * ask LLVM for the host CPU and its features (getHostCPUName,
 * getHostCPUFeatures → -target-cpu, -target-feature). Line tables do not
 * change the code; they let gdb and perf map kernel addresses to lines of the
 * generated C.
 *
 * ORC mode runs Clang's driver logic in-process (clang::createInvocation: no
 * subprocess) only to turn those flags into cc1 arguments — Linux system
 * header paths (multiarch, the GCC installation) are a driver decision — and
 * CompilerInvocation::CreateFromArgs parses them. The source never touches
 * disk: it is a virtual file named `path` in an overlay file system, so
 * Clang's diagnostics (TextDiagnosticPrinter on stderr) name `path`. Builtin
 * headers (stdint.h, immintrin.h, omp.h) come from KILN_CLANG_RESOURCE_DIR.
 * EmitObjAction writes the object into a memory buffer; LLJIT links it, with
 * a DynamicLibrarySearchGenerator resolving libomp (__kmpc_*), libm and libc
 * from this process. The GDB JIT listener is always registered; with
 * KILN_PERF set in the environment a perf map (/tmp/perf-PID.map, read by
 * `perf report` as is) and LLVM's jitdump (for `perf inject --jit`) are
 * written too — opt-in because both leave files behind.
 *
 * Cache: kiln_cache_dir()/<key>.o (ORC) or <key>.so (driver), key = SHA-256
 * over a version tag, the mode, KILN_LLVM_VERSION, the driver path, the host
 * CPU and its features, every flag, `path` (it is in the line tables; with
 * the working directory when relative) and the source bytes. An entry is
 * the payload followed by a 48-byte trailer: "kiln-sha256-tail" and the
 * SHA-256 of the payload. A missing or wrong trailer means corrupt or
 * truncated: noted when verbose, rebuilt. Entries are written to a unique
 * temporary file in the same directory and renamed into place.
 *
 * Errors: Clang's and the driver's own messages go to stderr; everything
 * else goes through kiln_error ("kiln: error: jit: ..."), and the entry
 * points return NULL. LLVM reports failures with llvm::Error; C++ exceptions
 * (only possible when built with them, e.g. std::bad_alloc) are caught at
 * the C boundary.
 */
#include "jit.h"

extern "C" {
#include "diag.h"
#include "output.h"
}

#include <clang/Basic/DiagnosticOptions.h>
#include <clang/CodeGen/CodeGenAction.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/CompilerInvocation.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <clang/Frontend/Utils.h>

#include <llvm/ExecutionEngine/JITEventListener.h>
#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/RTDyldObjectLinkingLayer.h>
#include <llvm/ExecutionEngine/SectionMemoryManager.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Object/SymbolSize.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Process.h>
#include <llvm/Support/SmallVectorMemoryBuffer.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/TargetParser/Host.h>

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <dlfcn.h>
#include <fcntl.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef KILN_CLANG_RESOURCE_DIR
#error "define KILN_CLANG_RESOURCE_DIR (e.g. /usr/lib/llvm-19/lib/clang/19)"
#endif
#ifndef KILN_CLANG_DRIVER
#error "define KILN_CLANG_DRIVER (e.g. /usr/bin/clang-19)"
#endif
#ifndef KILN_LLVM_VERSION
#error "define KILN_LLVM_VERSION (e.g. 19.1.7)"
#endif

extern char **environ;

struct kiln_jit {
    std::unique_ptr<llvm::orc::LLJIT> orc; /* ORC mode */
    void *dl = nullptr;                    /* driver mode: dlopen handle */
};

namespace {

using llvm::StringRef;

/* ------------------------------------------------------------------------ */
/* Small helpers                                                            */

double now_s()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

/* Reports an llvm::Error through kiln_error, prefixed by `what`. */
void report(const char *what, llvm::Error e)
{
    kiln_error("jit: %s: %s", what, llvm::toString(std::move(e)).c_str());
}

/* Options with the defaults of jit.h filled in. */
struct Options {
    kiln_jit_mode mode = KILN_JIT_ORC;
    std::string opt_level = "-O3";
    std::string march = "native";
    bool use_cache = true;
    bool verbose = false;
};

Options resolve_options(const kiln_jit_options *o)
{
    Options r;
    if (!o) return r;
    r.mode = o->mode;
    if (o->opt_level && *o->opt_level) r.opt_level = o->opt_level;
    if (o->march && *o->march) r.march = o->march;
    r.use_cache = o->use_cache != 0;
    r.verbose = o->verbose != 0;
    return r;
}

/* -O0..-O3, -Os, -Oz. Not -Ofast: it implies -ffast-math. */
bool valid_opt_level(const std::string &s)
{
    static const char *ok[] = {"-O0", "-O1", "-O2", "-O3", "-Os", "-Oz"};
    for (const char *o : ok)
        if (s == o) return true;
    return false;
}

/* ------------------------------------------------------------------------ */
/* One-time process setup                                                   */

/* JIT'd OpenMP code calls __kmpc_*; make sure libomp is in the global
 * symbol scope even if the executable was linked --as-needed without it. */
void ensure_libomp()
{
    if (dlsym(RTLD_DEFAULT, "__kmpc_fork_call")) return;
    std::string err;
    if (llvm::sys::DynamicLibrary::LoadLibraryPermanently("libomp.so.5", &err))
        kiln_error("jit: cannot load libomp.so.5 (%s); OpenMP kernels will not link",
                   err.c_str());
}

void init_once()
{
    static std::once_flag once;
    std::call_once(once, [] {
        llvm::InitializeNativeTarget();
        llvm::InitializeNativeTargetAsmPrinter();
        llvm::InitializeNativeTargetAsmParser();
        ensure_libomp();
    });
}

/* ------------------------------------------------------------------------ */
/* Flags and cache key                                                      */

/* The flags both modes pass to the clang driver. */
std::vector<std::string> common_flags(const Options &o)
{
    return {"-std=c17", o.opt_level, "-march=" + o.march, "-ffp-contract=fast",
            "-fopenmp=libomp", "-fPIC", "-gline-tables-only"};
}

/* Host CPU features as sorted "+name" / "-name" (StringMap order is not
 * stable, the key must be). */
std::vector<std::string> host_features()
{
    std::vector<std::string> v;
    for (const auto &f : llvm::sys::getHostCPUFeatures())
        v.push_back((f.second ? "+" : "-") + f.first().str());
    std::sort(v.begin(), v.end());
    return v;
}

/* SHA-256 of `data` as 32 raw bytes. */
std::string sha256(StringRef data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(data.data(), data.size(), md, &n, EVP_sha256(), nullptr);
    return std::string(reinterpret_cast<char *>(md), n);
}

std::string to_hex(StringRef bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (unsigned char c : bytes) {
        s += digits[c >> 4];
        s += digits[c & 15];
    }
    return s;
}

/* Hex SHA-256 over every input that can change the compiled code. Each
 * field is fed as "<length>:<bytes>" so fields cannot run together. */
std::string cache_key(const Options &o, const char *path, StringRef source)
{
    std::vector<std::string> fields = {
        "kiln-jit-cache-v1",
        o.mode == KILN_JIT_DRIVER ? "driver" : "orc",
        KILN_LLVM_VERSION,
        KILN_CLANG_DRIVER,
        llvm::sys::getHostCPUName().str(),
    };
    for (auto &f : host_features()) fields.push_back(f);
    for (auto &f : common_flags(o)) fields.push_back(f);
    fields.push_back(path);
    if (!llvm::sys::path::is_absolute(path)) {
        llvm::SmallString<256> cwd;
        llvm::sys::fs::current_path(cwd);
        fields.push_back(cwd.str().str());
    }
    fields.push_back(source.str());

    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    for (auto &f : fields) {
        std::string len = std::to_string(f.size()) + ":";
        EVP_DigestUpdate(ctx, len.data(), len.size());
        EVP_DigestUpdate(ctx, f.data(), f.size());
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(ctx, md, &n);
    EVP_MD_CTX_free(ctx);
    return to_hex(StringRef(reinterpret_cast<char *>(md), n));
}

/* $XDG_CACHE_HOME/kiln, else $HOME/.cache/kiln, else the passwd home's;
 * created if missing. False with the reason in `why` when impossible. */
bool make_cache_dir(std::string &dir, std::string &why)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    if (!home || !*home) {
        struct passwd *pw = getpwuid(getuid());
        home = pw ? pw->pw_dir : nullptr;
    }
    if (xdg && xdg[0] == '/') /* the XDG spec ignores relative values */
        dir = std::string(xdg) + "/kiln";
    else if (home)
        dir = std::string(home) + "/.cache/kiln";
    else {
        why = "no cache directory: neither XDG_CACHE_HOME nor HOME is set";
        return false;
    }
    if (auto ec = llvm::sys::fs::create_directories(dir)) {
        why = "cannot create cache directory " + dir + ": " + ec.message();
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------------ */
/* Cache entries: payload + "kiln-sha256-tail" + SHA-256(payload)           */

const char kTrailerMagic[] = "kiln-sha256-tail"; /* 16 bytes, NUL not stored */
const size_t kMagicLen = sizeof kTrailerMagic - 1;
const size_t kTrailerLen = kMagicLen + 32;

std::string trailer_for(StringRef payload)
{
    return std::string(kTrailerMagic, kMagicLen) + sha256(payload);
}

/* The payload of a valid entry; empty `why` on success, else the reason. */
StringRef check_entry(StringRef bytes, std::string &why)
{
    if (bytes.size() < kTrailerLen) {
        why = "truncated";
        return {};
    }
    StringRef payload = bytes.drop_back(kTrailerLen);
    StringRef tail = bytes.take_back(kTrailerLen);
    if (!tail.starts_with(StringRef(kTrailerMagic, kMagicLen))) {
        why = "no integrity trailer (truncated or overwritten)";
        return {};
    }
    if (tail.drop_front(kMagicLen) != sha256(payload)) {
        why = "checksum mismatch";
        return {};
    }
    why.clear();
    return payload;
}

/* Cache entries larger than this are not kiln's: treated as corrupt. */
const uint64_t kMaxCacheEntry = 1ull << 30;

/* Reads a cache entry; nullptr when absent or corrupt (a note when verbose).
 * Only a regular file of at most kMaxCacheEntry bytes is read: it is opened
 * without blocking, so a FIFO or device planted in the cache cannot hang or
 * flood kiln, and is ignored like any other corrupt entry. */
std::unique_ptr<llvm::MemoryBuffer> cache_read(const std::string &file, bool verbose)
{
    int fd = open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return nullptr; /* a miss */
    struct stat st;
    std::string why;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) why = "not a regular file";
    else if ((uint64_t)st.st_size > kMaxCacheEntry) why = "larger than any object kiln writes";
    std::unique_ptr<llvm::MemoryBuffer> buf;
    if (why.empty()) {
        auto b = llvm::MemoryBuffer::getOpenFile(fd, file, st.st_size, /*RequiresNullTerminator=*/false);
        if (b) buf = std::move(*b);
        else why = "unreadable";
    }
    close(fd);
    StringRef payload;
    if (why.empty()) payload = check_entry(buf->getBuffer(), why);
    if (!why.empty()) {
        if (verbose)
            fprintf(stderr, "kiln: jit: note: cache entry %s is corrupt (%s); rebuilding\n",
                    file.c_str(), why.c_str());
        return nullptr;
    }
    return llvm::MemoryBuffer::getMemBufferCopy(payload, file);
}

/* Writes `bytes` to `file` through base/output.h (an unnamed temporary
 * renamed into place), so readers see the old entry or the new one, never a
 * part.  False with the reason in `why` (also reported through diag.h). */
bool write_atomically(const std::string &file, StringRef bytes, std::string &why)
{
    /* The cache is kiln's own directory: an entry that is not a regular file
     * (a FIFO, a device) is removed, never written into (that could block) */
    struct stat st;
    if (lstat(file.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) unlink(file.c_str());
    kiln_output o;
    if (kiln_output_open(&o, file.c_str(), "cache entry") != 0 ||
        kiln_output_write(&o, bytes.data(), bytes.size()) != 0 || kiln_output_commit(&o) != 0) {
        if (o.fd >= 0) kiln_output_abort(&o);
        why = "cannot write " + file;
        return false;
    }
    return true;
}

/* Stores a cache entry. A failure is only a warning: the code is good. */
void cache_write(const std::string &file, StringRef payload)
{
    std::string why;
    if (!write_atomically(file, payload.str() + trailer_for(payload), why))
        fprintf(stderr, "kiln: jit: warning: %s; not cached\n", why.c_str());
}

/* ------------------------------------------------------------------------ */
/* Profiler and debugger visibility                                         */

/* Appends "START SIZE name" for every function of a loaded object to
 * /tmp/perf-PID.map, which `perf report` reads for JIT'd code. */
class PerfMapListener : public llvm::JITEventListener {
  public:
    void notifyObjectLoaded(ObjectKey, const llvm::object::ObjectFile &obj,
                            const llvm::RuntimeDyld::LoadedObjectInfo &info) override
    {
        std::lock_guard<std::mutex> lock(mu_);
        if (!f_) {
            char name[64];
            snprintf(name, sizeof name, "/tmp/perf-%d.map", (int)getpid());
            if (!(f_ = fopen(name, "a"))) return;
        }
        for (auto &[sym, size] : llvm::object::computeSymbolSizes(obj))
            write_symbol(sym, size, info);
        fflush(f_);
    }

  private:
    void write_symbol(const llvm::object::SymbolRef &sym, uint64_t size,
                      const llvm::RuntimeDyld::LoadedObjectInfo &info)
    {
        auto type = sym.getType();
        auto name = sym.getName();
        auto addr = sym.getAddress();
        auto sec = sym.getSection();
        if (!type || !name || !addr || !sec ||
            *type != llvm::object::SymbolRef::ST_Function || *sec == sym.getObject()->section_end()) {
            llvm::consumeError(type.takeError());
            llvm::consumeError(name.takeError());
            llvm::consumeError(addr.takeError());
            llvm::consumeError(sec.takeError());
            return;
        }
        uint64_t load = info.getSectionLoadAddress(**sec) + *addr - (*sec)->getAddress();
        fprintf(f_, "%llx %llx %s\n", (unsigned long long)load, (unsigned long long)size,
                name->str().c_str());
    }

    std::mutex mu_;
    FILE *f_ = nullptr;
};

bool perf_wanted()
{
    const char *e = getenv("KILN_PERF");
    return e && *e && strcmp(e, "0") != 0;
}

/* GDB always; perf map and jitdump with KILN_PERF. Listeners are process-wide
 * singletons (LLVM's own are function statics too). */
void register_listeners(llvm::orc::RTDyldObjectLinkingLayer &layer)
{
    if (auto *gdb = llvm::JITEventListener::createGDBRegistrationListener())
        layer.registerJITEventListener(*gdb);
    if (!perf_wanted()) return;
    static PerfMapListener perf_map;
    layer.registerJITEventListener(perf_map);
    if (auto *jitdump = llvm::JITEventListener::createPerfJITEventListener())
        layer.registerJITEventListener(*jitdump);
}

/* ------------------------------------------------------------------------ */
/* ORC mode: C → object (Clang in-process) → LLJIT                          */

/* A file system where `path` holds `source` and everything else is real. */
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> overlay_with(const char *path, StringRef source)
{
    auto real = llvm::vfs::getRealFileSystem();
    auto mem = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    auto fs = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(real);
    fs->pushOverlay(mem);
    if (auto cwd = real->getCurrentWorkingDirectory()) fs->setCurrentWorkingDirectory(*cwd);
    mem->addFile(path, 0, llvm::MemoryBuffer::getMemBufferCopy(source, path));
    return fs;
}

/* Compiles `source` to an ELF object; nullptr after printing Clang's errors. */
std::unique_ptr<llvm::MemoryBuffer> compile_object(const Options &o, const char *path,
                                                   StringRef source)
{
    auto fs = overlay_with(path, source);
    std::vector<std::string> flags = common_flags(o);
    std::vector<const char *> args = {KILN_CLANG_DRIVER, "-c", "-resource-dir",
                                      KILN_CLANG_RESOURCE_DIR};
    for (auto &f : flags) args.push_back(f.c_str());
    args.insert(args.end(), {"-x", "c", "--", path});

    auto diag_opts = llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>();
    diag_opts->ShowColors = llvm::sys::Process::StandardErrHasColors();
    clang::CreateInvocationOptions cio;
    cio.Diags = clang::CompilerInstance::createDiagnostics(
        diag_opts.get(), new clang::TextDiagnosticPrinter(llvm::errs(), diag_opts.get()));
    cio.VFS = fs;
    std::shared_ptr<clang::CompilerInvocation> inv = clang::createInvocation(args, cio);
    if (!inv) {
        kiln_error("jit: %s: clang rejected the compile flags", path);
        return nullptr;
    }
    inv->getFrontendOpts().DisableFree = false; /* the driver's -disable-free leaks */

    llvm::SmallVector<char, 0> obj;
    clang::CompilerInstance ci;
    ci.setInvocation(inv);
    ci.createDiagnostics();
    ci.createFileManager(fs);
    ci.setOutputStream(std::make_unique<llvm::raw_svector_ostream>(obj));
    clang::EmitObjAction act;
    if (!ci.ExecuteAction(act) || obj.empty()) {
        kiln_error("jit: %s: C compilation failed (Clang's messages above)", path);
        return nullptr;
    }
    return std::make_unique<llvm::SmallVectorMemoryBuffer>(std::move(obj), path,
                                                           /*RequiresNullTerminator=*/false);
}

/* LLJIT with an RTDyld object layer (event listeners for gdb and perf) and
 * this process's symbols visible to JIT'd code. */
llvm::Expected<std::unique_ptr<llvm::orc::LLJIT>> make_lljit(const char *path)
{
    using namespace llvm::orc;
    auto jit = LLJITBuilder()
                   .setObjectLinkingLayerCreator(
                       [](ExecutionSession &es, const llvm::Triple &) {
                           auto layer = std::make_unique<RTDyldObjectLinkingLayer>(es, [] {
                               return std::make_unique<llvm::SectionMemoryManager>();
                           });
                           register_listeners(*layer);
                           return std::unique_ptr<ObjectLayer>(std::move(layer));
                       })
                   .setPlatformSetUp(setUpInactivePlatform) /* no static ctors in C kernels */
                   .create();
    if (!jit) return jit.takeError();
    (*jit)->getExecutionSession().setErrorReporter(
        [p = std::string(path)](llvm::Error e) { report(p.c_str(), std::move(e)); });
    auto gen = DynamicLibrarySearchGenerator::GetForCurrentProcess(
        (*jit)->getDataLayout().getGlobalPrefix());
    if (!gen) return gen.takeError();
    (*jit)->getMainJITDylib().addGenerator(std::move(*gen));
    return jit;
}

/* A global symbol the object defines (to force linking now), or "". */
std::string some_defined_symbol(llvm::MemoryBufferRef buf)
{
    auto obj = llvm::object::ObjectFile::createObjectFile(buf);
    if (!obj) {
        llvm::consumeError(obj.takeError());
        return "";
    }
    for (const auto &sym : (*obj)->symbols()) {
        auto flags = sym.getFlags();
        auto name = sym.getName();
        if (flags && name && (*flags & llvm::object::SymbolRef::SF_Global) &&
            !(*flags & llvm::object::SymbolRef::SF_Undefined) && !name->empty())
            return name->str();
        if (!flags) llvm::consumeError(flags.takeError());
        if (!name) llvm::consumeError(name.takeError());
    }
    return "";
}

/* Loads the object and links it right away, so unresolved symbols are
 * reported here rather than at the first lookup. */
kiln_jit *load_object(const char *path, std::unique_ptr<llvm::MemoryBuffer> obj)
{
    auto jit = make_lljit(path);
    if (!jit) {
        report(path, jit.takeError());
        return nullptr;
    }
    std::string probe = some_defined_symbol(obj->getMemBufferRef());
    if (auto err = (*jit)->addObjectFile(std::move(obj))) {
        report(path, std::move(err));
        return nullptr;
    }
    if (!probe.empty()) {
        auto addr = (*jit)->lookup(probe);
        if (!addr) {
            report(path, addr.takeError());
            return nullptr;
        }
    }
    auto *j = new kiln_jit;
    j->orc = std::move(*jit);
    return j;
}

kiln_jit *compile_orc(const Options &o, const char *path, StringRef source,
                      const std::string &entry, const char **how)
{
    std::unique_ptr<llvm::MemoryBuffer> obj;
    if (o.use_cache && (obj = cache_read(entry, o.verbose))) {
        *how = "cache hit";
    } else {
        *how = o.use_cache ? "cache miss" : "cache off";
        if (!(obj = compile_object(o, path, source))) return nullptr;
        if (o.use_cache) cache_write(entry, obj->getBuffer());
    }
    return load_object(path, std::move(obj));
}

/* ------------------------------------------------------------------------ */
/* Driver mode: clang-19 -shared → .so → dlopen                             */

/* Runs argv[0] with argv (no shell); true when it exits 0. */
bool run_program(const std::vector<std::string> &argv)
{
    std::vector<char *> av;
    for (auto &a : argv) av.push_back(const_cast<char *>(a.c_str()));
    av.push_back(nullptr);
    pid_t pid;
    int rc = posix_spawn(&pid, av[0], nullptr, nullptr, av.data(), environ);
    if (rc != 0) {
        kiln_error("jit: cannot run %s: %s", av[0], strerror(rc));
        return false;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            kiln_error("jit: waitpid: %s", strerror(errno));
            return false;
        }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* `source` behind a #line directive, so the driver's messages name `path`. */
std::string source_naming(const char *path, StringRef source)
{
    std::string s = "#line 1 \"";
    for (const char *p = path; *p; p++) {
        if (*p == '"' || *p == '\\') s += '\\';
        s += *p;
    }
    s += "\"\n";
    s += source.str();
    return s;
}

/* Builds `so` from `cfile` with the clang driver, the trailer appended when
 * the result goes to the cache. Reports its own errors. */
bool build_shared(const Options &o, const char *path, const std::string &cfile,
                  const std::string &so, bool cached)
{
    int fd = -1;
    llvm::SmallString<256> out;
    if (auto ec = llvm::sys::fs::createUniqueFile(so + ".%%%%%%.tmp", fd, out)) {
        kiln_error("jit: cannot create %s: %s", so.c_str(), ec.message().c_str());
        return false;
    }
    close(fd);
    std::vector<std::string> argv = {KILN_CLANG_DRIVER, "-shared"};
    for (auto &f : common_flags(o)) argv.push_back(f);
    argv.insert(argv.end(), {"-o", out.str().str(), "-x", "c", cfile});
    bool ok = run_program(argv);
    if (!ok) {
        kiln_error("jit: %s: C compilation failed (clang's messages above)", path);
    } else {
        auto buf = llvm::MemoryBuffer::getFile(out, false, false);
        std::string bytes = buf ? (*buf)->getBuffer().str() : "";
        if (cached) bytes += trailer_for(bytes);
        std::string why;
        ok = buf && write_atomically(so, bytes, why);
        if (!ok) kiln_error("jit: %s", buf ? why.c_str() : "cannot read the built object");
    }
    llvm::sys::fs::remove(out);
    return ok;
}

/* True when the cached .so at `so` carries a valid trailer. */
bool shared_entry_valid(const std::string &so, bool verbose)
{
    return cache_read(so, verbose) != nullptr;
}

kiln_jit *compile_driver(const Options &o, const char *path, StringRef source,
                         const std::string &stem, const char **how)
{
    std::string so = stem + ".so", cfile = stem + ".c";
    if (!o.use_cache) { /* private names, removed once loaded */
        llvm::SmallString<256> uniq;
        llvm::sys::fs::createUniquePath(stem + ".%%%%%%%%", uniq, false);
        so = uniq.str().str() + ".so";
        cfile = uniq.str().str() + ".c";
    }
    if (o.use_cache && shared_entry_valid(so, o.verbose)) {
        *how = "cache hit";
    } else {
        *how = o.use_cache ? "cache miss" : "cache off";
        std::string why;
        if (!write_atomically(cfile, source_naming(path, source), why)) {
            kiln_error("jit: %s", why.c_str());
            return nullptr;
        }
        bool ok = build_shared(o, path, cfile, so, o.use_cache);
        if (!o.use_cache) llvm::sys::fs::remove(cfile);
        if (!ok) return nullptr;
    }
    void *dl = dlopen(so.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!o.use_cache) llvm::sys::fs::remove(so);
    if (!dl) {
        kiln_error("jit: dlopen %s: %s", so.c_str(), dlerror());
        return nullptr;
    }
    auto *j = new kiln_jit;
    j->dl = dl;
    return j;
}

/* ------------------------------------------------------------------------ */
/* The C entry points' bodies                                               */

kiln_jit *compile(const char *path, const char *source, long len, const kiln_jit_options *opt)
{
    Options o = resolve_options(opt);
    if (!path || !source || len < 0) {
        kiln_error("jit: kiln_jit_compile: null path or source, or negative length");
        return nullptr;
    }
    if (!valid_opt_level(o.opt_level)) {
        kiln_error("jit: optimisation level '%s' not accepted (use -O0, -O1, -O2, -O3, -Os "
                   "or -Oz; -Ofast would imply -ffast-math)",
                   o.opt_level.c_str());
        return nullptr;
    }
    init_once();
    double t0 = now_s();
    StringRef src(source, (size_t)len);
    std::string dir, why;
    bool need_dir = o.use_cache || o.mode == KILN_JIT_DRIVER;
    if (need_dir && !make_cache_dir(dir, why)) {
        if (o.mode == KILN_JIT_DRIVER) { /* needs a directory for its files */
            kiln_error("jit: %s", why.c_str());
            return nullptr;
        }
        if (o.verbose)
            fprintf(stderr, "kiln: jit: note: %s; compiling without the cache\n", why.c_str());
        o.use_cache = false;
    }
    std::string stem = need_dir ? dir + "/" + cache_key(o, path, src) : "";
    const char *how = "";
    kiln_jit *j = o.mode == KILN_JIT_DRIVER ? compile_driver(o, path, src, stem, &how)
                                            : compile_orc(o, path, src, stem + ".o", &how);
    if (j && o.verbose)
        fprintf(stderr, "kiln: jit: compiled %s in %.2f s (%s)\n", path, now_s() - t0, how);
    return j;
}

void *lookup(kiln_jit *j, const char *name)
{
    if (!j || !name) return nullptr;
    if (j->dl) return dlsym(j->dl, name);
    auto addr = j->orc->lookup(name);
    if (!addr) {
        llvm::consumeError(addr.takeError()); /* absent: NULL, as jit.h says */
        return nullptr;
    }
    return addr->toPtr<void *>();
}

/* Runs f() and turns a C++ exception (only with -fexceptions) into an error. */
template <class F> auto guarded(F f) -> decltype(f())
{
#if defined(__cpp_exceptions)
    try {
        return f();
    } catch (const std::exception &e) {
        kiln_error("jit: internal error: %s", e.what());
    } catch (...) {
        kiln_error("jit: internal error: unknown C++ exception");
    }
    return {};
#else
    return f();
#endif
}

} // namespace

/* ------------------------------------------------------------------------ */
/* C API (jit.h)                                                            */

extern "C" kiln_jit *kiln_jit_compile(const char *path, const char *source, long len,
                                      const kiln_jit_options *opt)
{
    return guarded([&] { return compile(path, source, len, opt); });
}

extern "C" void *kiln_jit_lookup(kiln_jit *j, const char *name)
{
    return guarded([&] { return lookup(j, name); });
}

extern "C" void kiln_jit_free(kiln_jit *j)
{
    if (!j) return;
    if (j->dl) dlclose(j->dl);
    delete j; /* LLJIT's destructor unmaps the code and tells gdb */
}

/* The directory, created if missing; NULL (with an error) when impossible.
 * The string stays valid until the next call. */
extern "C" const char *kiln_cache_dir(void)
{
    static std::string dir;
    std::string why;
    if (!make_cache_dir(dir, why)) {
        kiln_error("jit: %s", why.c_str());
        return nullptr;
    }
    return dir.c_str();
}
