// ceiling: the load generator's limit, measured. A single-threaded epoll server that does
// nothing but answer: for every request head in what it reads (each "\r\n\r\n"), it queues a
// prebuilt response (the exact bytes Parley served for that path: status line, fields, body)
// and sends the queue with writev straight from those bytes. No parsing beyond the request
// target, no allocation per request, no copy in user space, and the fewest system calls: one
// read per readiness (level-triggered epoll, so no read that ends in EAGAIN) and one writev per
// read. No real server can do less per request, so wrk's req/s against it is about the most any
// server can show in that row on this machine: a row where Parley is close to it is bound by
// wrk, not by Parley.
//
//   cc -O2 -o ceiling ceiling.c
//   ceiling PORT /path=RESPONSE_FILE [/other=FILE ...]    (the first file answers any other path)
//
// Benchmarks/bench.py builds and runs it (the `ceiling` column). Loopback only.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#define MAX_ROUTES 16
#define MAX_FDS 65536
#define READ_BYTES 65536
#define QUEUE 4096 // responses queued per connection; reading pauses while any wait for the socket
#define IOV_BATCH 1024 // IOV_MAX

struct route { char path[512]; size_t path_len; char *bytes; size_t len; };
struct conn {
    struct iovec q[QUEUE]; // pending responses, q[head] possibly partly sent
    int head, count;
    int matched;            // bytes of "\r\n\r\n" matched so far (it may span reads)
    char target[512];       // the current request's target, once its request line is seen
    size_t target_len;
    int in_line;            // still inside the request line (collecting the target)
    int spaces;
};

static struct route routes[MAX_ROUTES];
static int nroutes;
static struct conn *conns[MAX_FDS];
static char rbuf[READ_BYTES];

static void die(const char *what) { perror(what); exit(1); }

static char *slurp(const char *file, size_t *len) {
    int fd = open(file, O_RDONLY);
    if (fd < 0) die(file);
    struct stat st;
    if (fstat(fd, &st) < 0) die(file);
    char *b = malloc(st.st_size);
    size_t got = 0;
    while (got < (size_t)st.st_size) {
        ssize_t n = read(fd, b + got, st.st_size - got);
        if (n <= 0) die(file);
        got += n;
    }
    close(fd);
    *len = got;
    return b;
}

static const struct route *route_for(const struct conn *c) {
    size_t n = c->target_len;
    for (size_t i = 0; i < n; i++) if (c->target[i] == '?') { n = i; break; }
    for (int r = 0; r < nroutes; r++)
        if (routes[r].path_len == n && memcmp(routes[r].path, c->target, n) == 0) return &routes[r];
    return &routes[0];
}

// 0, or -1 when the client sent more requests than the queue holds without reading answers.
static int enqueue(struct conn *c, const struct route *r) {
    if (c->count == QUEUE) return -1;
    int slot = (c->head + c->count) % QUEUE;
    c->q[slot].iov_base = r->bytes;
    c->q[slot].iov_len = r->len;
    c->count++;
    return 0;
}

// Sends what is queued; 0 when it all went, 1 when the socket is full, -1 on error.
static int flush(int fd, struct conn *c) {
    while (c->count > 0) {
        struct iovec v[IOV_BATCH];
        int k = 0;
        for (int i = 0; i < c->count && k < IOV_BATCH; i++, k++) v[k] = c->q[(c->head + i) % QUEUE];
        ssize_t n = writev(fd, v, k);
        if (n < 0) return (errno == EAGAIN || errno == EWOULDBLOCK) ? 1 : -1;
        size_t left = (size_t)n;
        while (left > 0) {
            struct iovec *h = &c->q[c->head];
            if (left >= h->iov_len) {
                left -= h->iov_len;
                c->head = (c->head + 1) % QUEUE;
                c->count--;
            } else {
                h->iov_base = (char *)h->iov_base + left;
                h->iov_len -= left;
                left = 0;
            }
        }
    }
    return 0;
}

// Finds request heads in the bytes read: the target (second word of the request line) picks
// the response, each blank line ends a head and queues one answer.
static int scan(struct conn *c, const char *b, ssize_t n) {
    for (ssize_t i = 0; i < n; i++) {
        char ch = b[i];
        if (c->in_line) {
            if (ch == ' ') c->spaces++;
            else if (ch == '\r' || ch == '\n') c->in_line = 0;
            else if (c->spaces == 1 && c->target_len < sizeof c->target) c->target[c->target_len++] = ch;
            if (c->spaces >= 2) c->in_line = 0;
        }
        if (ch == (c->matched % 2 == 0 ? '\r' : '\n')) c->matched++;
        else c->matched = (ch == '\r');
        if (c->matched == 4) {
            if (enqueue(c, route_for(c)) < 0) return -1;
            c->matched = 0; c->target_len = 0; c->in_line = 1; c->spaces = 0;
        }
    }
    return 0;
}

static void watch(int ep, int fd, unsigned events) {
    struct epoll_event ev = { .events = events, .data.fd = fd };
    epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
}

static void close_conn(int ep, int fd) {
    epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
    close(fd);
    free(conns[fd]);
    conns[fd] = NULL;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: ceiling PORT /path=RESPONSE_FILE ...\n"); return 2; }
    signal(SIGPIPE, SIG_IGN);
    for (int a = 2; a < argc && nroutes < MAX_ROUTES; a++) {
        char *eq = strchr(argv[a], '=');
        if (!eq || (size_t)(eq - argv[a]) >= sizeof routes[0].path) { fprintf(stderr, "bad route %s\n", argv[a]); return 2; }
        struct route *r = &routes[nroutes++];
        r->path_len = eq - argv[a];
        memcpy(r->path, argv[a], r->path_len);
        r->bytes = slurp(eq + 1, &r->len);
    }
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(atoi(argv[1])) };
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (bind(ls, (struct sockaddr *)&addr, sizeof addr) < 0) die("bind");
    if (listen(ls, 4096) < 0) die("listen");
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = ls };
    epoll_ctl(ep, EPOLL_CTL_ADD, ls, &ev);
    struct epoll_event evs[256];
    for (;;) {
        int n = epoll_wait(ep, evs, 256, -1);
        if (n < 0) { if (errno == EINTR) continue; die("epoll_wait"); }
        for (int e = 0; e < n; e++) {
            int fd = evs[e].data.fd;
            if (fd == ls) {
                int c;
                while ((c = accept4(ls, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    if (c >= MAX_FDS) { close(c); continue; }
                    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    conns[c] = calloc(1, sizeof(struct conn));
                    conns[c]->in_line = 1;
                    struct epoll_event cev = { .events = EPOLLIN, .data.fd = c };
                    epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
                }
                continue;
            }
            struct conn *c = conns[fd];
            if (!c) continue;
            int f;
            if (evs[e].events & EPOLLOUT) {
                // answers were waiting for the socket: send them, then read again
                f = flush(fd, c);
                if (f == 0) watch(ep, fd, EPOLLIN);
            } else {
                // level-triggered: one read per readiness, one writev per read
                ssize_t r = read(fd, rbuf, sizeof rbuf);
                if (r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) { close_conn(ep, fd); continue; }
                if (r < 0) continue;
                if (scan(c, rbuf, r) < 0) { close_conn(ep, fd); continue; }
                f = flush(fd, c);
                if (f == 1) watch(ep, fd, EPOLLOUT); // the socket is full: stop reading until it drains
            }
            if (f < 0) close_conn(ep, fd);
        }
    }
}
