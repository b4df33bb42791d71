#ifndef PARLEY_CLINUX_SHIM_H
#define PARLEY_CLINUX_SHIM_H
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/resource.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>

/// One ready event, unpacked (struct epoll_event is packed on x86-64, which Swift imports badly).
typedef struct parley_event {
    uint32_t events;
    uint64_t data;
} parley_event;

int parley_epoll_create(void);
int parley_epoll_ctl(int epfd, int op, int fd, uint32_t events, uint64_t data);
/// Waits and unpacks up to `max` (<= 256) events.
int parley_epoll_wait(int epfd, parley_event *out, int max, int timeout_ms);

/// accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC.
int parley_accept(int fd, struct sockaddr_storage *addr, socklen_t *len);

/// SIGTERM/SIGINT write 1 to `eventfd` (write is async-signal-safe; nothing else is done in the
/// handler); SIGPIPE is ignored. Returns 0 or -1.
int parley_install_shutdown_signals(int eventfd);
/// Restores default SIGTERM/SIGINT handling and forgets the eventfd (the server is gone).
void parley_reset_shutdown_signals(void);
/// SIGPIPE ignored (a peer that vanished makes write fail with EPIPE instead of killing us).
void parley_ignore_sigpipe(void);

/// Monotonic clock in milliseconds; wall clock in seconds.
int64_t parley_monotonic_ms(void);
int64_t parley_wall_seconds(void);
/// Wall clock in milliseconds since the epoch.
int64_t parley_wall_ms(void);

int parley_errno(void);
/// CPUs this process may run on (sched_getaffinity, so taskset is honoured); >= 1.
int parley_cpu_count(void);
/// Raises the soft RLIMIT_NOFILE to the hard limit; returns the resulting soft limit.
long parley_raise_nofile_limit(void);
#endif
