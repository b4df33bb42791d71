#ifndef PARLEY_CZLIB_SHIM_H
#define PARLEY_CZLIB_SHIM_H
#include <zlib.h>

/* deflateInit2 / inflateInit2 are macros (they pass ZLIB_VERSION and sizeof(z_stream)),
   which Swift cannot call; these wrappers can. windowBits 31 = 15 + 16: a gzip wrapper. */
static inline int parley_deflate_init_gzip(z_streamp strm, int level) {
    return deflateInit2(strm, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
}

/* windowBits 47 = 15 + 32: inflate zlib or gzip, detected from the header (used by tests). */
static inline int parley_inflate_init_auto(z_streamp strm) {
    return inflateInit2(strm, 47);
}
#endif
