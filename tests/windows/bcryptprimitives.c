/* The one function of Windows' bcryptprimitives.dll that Rust's standard
 * library calls (ProcessPrng, its source of random bytes), for Wine 8 (Debian
 * 12), which does not have that library yet; newer Wine and every Windows
 * since 10 do. Built by scripts/test-windows.sh into its Wine prefix only:
 * nothing of it ships. */
#include <windows.h>

/* RtlGenRandom, as advapi32 exports it. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
