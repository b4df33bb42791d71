#ifndef PARLEY_COPENSSL_SHIM_H
#define PARLEY_COPENSSL_SHIM_H
// OpenSSL 3 for Swift. Many of OpenSSL's knobs are function-like macros, which Swift cannot
// import; each gets a static inline wrapper here, named parley_<macro>.
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/pem.h>

static inline long parley_SSL_CTX_set_mode(SSL_CTX *ctx, long mode) {
    return SSL_CTX_set_mode(ctx, mode);
}
static inline int parley_SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version) {
    return (int)SSL_CTX_set_min_proto_version(ctx, version);
}
static inline int parley_SSL_CTX_set_max_proto_version(SSL_CTX *ctx, int version) {
    return (int)SSL_CTX_set_max_proto_version(ctx, version);
}
static inline int parley_SSL_CTX_set1_groups_list(SSL_CTX *ctx, const char *list) {
    return (int)SSL_CTX_set1_groups_list(ctx, list);
}
static inline long parley_SSL_CTX_set_session_cache_mode(SSL_CTX *ctx, long mode) {
    return SSL_CTX_set_session_cache_mode(ctx, mode);
}
static inline void parley_SSL_CTX_set_read_ahead(SSL_CTX *ctx, int yes) {
    SSL_CTX_set_read_ahead(ctx, yes);
}
static inline int parley_TLS1_2_VERSION(void) { return TLS1_2_VERSION; }
static inline int parley_TLS1_3_VERSION(void) { return TLS1_3_VERSION; }
static inline long parley_SSL_MODE_ENABLE_PARTIAL_WRITE(void) { return SSL_MODE_ENABLE_PARTIAL_WRITE; }
static inline long parley_SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER(void) { return SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER; }
static inline long parley_SSL_MODE_RELEASE_BUFFERS(void) { return SSL_MODE_RELEASE_BUFFERS; }
static inline long parley_SSL_SESS_CACHE_SERVER(void) { return SSL_SESS_CACHE_SERVER; }
// Policy options: no compression (CRIME), no renegotiation, old protocol versions off (belt and braces with min version).
static inline uint64_t parley_server_options(void) {
    return SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION
         | SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1;
}
// An EOF without close_notify reads as a clean EOF (SSL_ERROR_ZERO_RETURN), as for plain TCP:
// HTTP/1.1 frames its messages itself, so truncation cannot go unnoticed (nginx does the same).
static inline uint64_t parley_SSL_OP_IGNORE_UNEXPECTED_EOF(void) { return SSL_OP_IGNORE_UNEXPECTED_EOF; }
// True when `e` says a private key does not match its certificate.
static inline int parley_err_is_key_mismatch(unsigned long e) {
    return ERR_GET_LIB(e) == ERR_LIB_X509 && ERR_GET_REASON(e) == X509_R_KEY_VALUES_MISMATCH;
}
// Encrypted private keys are refused instead of prompting on the terminal.
static inline int parley_no_password(char *buf, int size, int rwflag, void *u) {
    (void)buf; (void)size; (void)rwflag; (void)u;
    return 0;
}
static inline void parley_SSL_CTX_refuse_passwords(SSL_CTX *ctx) {
    SSL_CTX_set_default_passwd_cb(ctx, parley_no_password);
}
static inline int parley_SSL_TLSEXT_ERR_OK(void) { return SSL_TLSEXT_ERR_OK; }
static inline int parley_SSL_TLSEXT_ERR_ALERT_FATAL(void) { return SSL_TLSEXT_ERR_ALERT_FATAL; }
static inline int parley_SSL_TLSEXT_ERR_NOACK(void) { return SSL_TLSEXT_ERR_NOACK; }
#endif
