// Every heap block the desktop app frees is zeroed first.
//
// A secret passes through buffers Latchkey does not own: Qt's text layout and
// shaping while a revealed value is painted, QTextDocument's piece table and
// undo stack in the editor, the UTF-8 conversions QClipboard makes for each
// application that pastes, D-Bus messages. Latchkey wipes its own buffers
// (core/Wipe.h) and takes the values out of the widgets that hold them, but
// these temporaries are released with free() and their bytes would stay in
// the heap until reused. Defining free() and realloc() in the executable
// interposes them for every library of the process (the dynamic linker
// resolves a symbol to the executable first); they zero the whole usable
// block and hand it to glibc's own allocator. tests/ui/tst_memory.cpp checks
// the result in the running app's memory.
//
// glibc only: elsewhere this file defines nothing.
#include <cstddef> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)

#include <cerrno>
#include <cstring>
#include <malloc.h>

extern "C" {
// glibc's allocator under its own names (exported for exactly this use).
void* __libc_malloc(size_t size);
void __libc_free(void* pointer);
void* __libc_realloc(void* pointer, size_t size);

void free(void* pointer)
{
    if (!pointer)
        return;
    explicit_bzero(pointer, malloc_usable_size(pointer));
    __libc_free(pointer);
}

void* realloc(void* pointer, size_t size)
{
    if (!pointer)
        return __libc_malloc(size);
    if (size == 0) {
        free(pointer);
        return nullptr;
    }
    const size_t have = malloc_usable_size(pointer);
    if (size <= have) {
        // glibc shrinks in place and returns the tail to the heap: wipe it first.
        explicit_bzero(static_cast<char*>(pointer) + size, have - size);
        return __libc_realloc(pointer, size);
    }
    // Growing may move the block; glibc would free the old one unwiped.
    void* grown = __libc_malloc(size);
    if (!grown)
        return nullptr;
    std::memcpy(grown, pointer, have);
    free(pointer);
    return grown;
}

void* reallocarray(void* pointer, size_t count, size_t size)
{
    size_t total = 0;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return nullptr;
    }
    return realloc(pointer, total);
}
}

#endif
